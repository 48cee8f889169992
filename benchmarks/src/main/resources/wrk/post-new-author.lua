-- POST /authors with an email no request used before: the create path (201). Emails are
-- <tag><thread>-<n>@b.io, the tag (first script argument) differing per server and round, so that
-- the two servers, which share the database, never send the same one.

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local tag = "x"
local n = 0
local headers = { ["Content-Type"] = "application/json" }

init = function(args)
  tag = args[1] or "x"
end

request = function()
  n = n + 1
  return wrk.format("POST", "/authors", headers,
    string.format('{"email": "%s%d-%d@b.io", "name": "Bench Author"}', tag, tid, n))
end
