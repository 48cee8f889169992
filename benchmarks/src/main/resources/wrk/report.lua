-- Prints wrk's summary as one JSON line (WRK_JSON {...}) for io.strata.benchmarks.http.HttpLoad, which appends
-- this file to each script it runs (plain GETs run it alone). Latencies are in microseconds.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, "errors_read": %d,'
      .. ' "errors_write": %d, "errors_status": %d, "errors_timeout": %d, "latency_mean_us": %.1f,'
      .. ' "latency_stdev_us": %.1f, "latency_p50_us": %d, "latency_p90_us": %d, "latency_p99_us": %d,'
      .. ' "latency_max_us": %d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.stdev, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max))
end
