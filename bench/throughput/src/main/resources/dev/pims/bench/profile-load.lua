-- ./pims bench: the wrk script of one load period. One wrk thread per signed-in session, each with one connection
-- that asks for /my/profile back to back with that session's cookies. SessionLoad puts the sessions' Cookie headers
-- and the member's e-mail address in the first lines; done() prints "bench" lines that SessionLoad reads.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("session", #threads)
end

function init(args)
   wrk.headers["Cookie"] = cookies[session]
   served = 0
   failures = {}
end

local function failed(kind)
   failures[kind] = (failures[kind] or 0) + 1
end

function response(status, headers, body)
   if status ~= 200 then
      failed("GET /my/profile answered HTTP " .. status .. " " .. (headers["Location"] or ""))
   elseif not string.find(body, member_email, 1, true) then
      failed("GET /my/profile answered 200 without the member's e-mail address")
   else
      served = served + 1
   end
end

function done(summary, latency, requests)
   local total = 0
   local all_failures = {}
   for _, thread in ipairs(threads) do
      total = total + thread:get("served")
      for kind, count in pairs(thread:get("failures")) do
         all_failures[kind] = (all_failures[kind] or 0) + count
      end
   end
   for kind, count in pairs(summary.errors) do
      if kind ~= "status" and count > 0 then
         all_failures["socket " .. kind .. " error"] = (all_failures["socket " .. kind .. " error"] or 0) + count
      end
   end
   io.write(string.format("bench served %d\n", total))
   io.write(string.format("bench duration_us %d\n", summary.duration))
   io.write(string.format("bench p50_us %d\n", latency:percentile(50)))
   io.write(string.format("bench p95_us %d\n", latency:percentile(95)))
   -- os.clock() is the CPU time of the whole wrk process, all its threads.
   io.write(string.format("bench cpu_s %.3f\n", os.clock()))
   for kind, count in pairs(all_failures) do
      io.write(string.format("bench failure %d %s\n", count, kind))
   end
end
