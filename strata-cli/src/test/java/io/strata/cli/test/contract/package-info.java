/** A build that replaces widget.note by widget.label: k1 creates widget, k2 expands, k3 contracts. */
package io.strata.cli.test.contract;
