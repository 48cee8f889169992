-- POST /authors with the email of a seeded author (author4@example.com … author1000@example.com,
-- in turn): the get path of get-or-create (200, nothing written).

local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local n = 0
local headers = { ["Content-Type"] = "application/json" }

init = function(args)
  n = (tid or 1) * 331
end

request = function()
  n = n % 997 + 1
  return wrk.format("POST", "/authors", headers,
    string.format('{"email": "author%d@example.com", "name": "Bench Author"}', n + 3))
end
