-- wrk script for the evaluation POST (Benchmarks/serve_load.py): the form body comes from
-- ROUNDS_POST_BODY (every question answered); wrk sends no cookie, so every request is a new
-- device. Counts each status per thread and prints them as one JSON line, "STATUS {...}", so
-- that 429s from the rate limit are reported apart from errors.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  wrk.method = "POST"
  wrk.body = os.getenv("ROUNDS_POST_BODY") or ""
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for status, count in pairs(counts) do
      total[status] = (total[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(total) do
    table.insert(parts, string.format('"%d": %d', status, count))
  end
  io.write("STATUS {" .. table.concat(parts, ", ") .. "}\n")
end
