/** The notes service's revisions. */
package com.example.notes.migrations;
