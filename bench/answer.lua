-- POSTs answers to the seeded polls in turn (bench/polls.lua, written by bench/run),
-- as JSON to the API or as the vote page's form, depending on wrk's first argument.
local polls = dofile(os.getenv("BENCH_POLLS"))
local mode = "json"
local n = 0

function init(args)
  mode = args[1] or "json"
  -- Each wrk thread starts elsewhere in the list.
  n = math.random(#polls)
end

local zones = { "Asia/Kathmandu", "Europe/Zurich", "America/Los_Angeles", "Pacific/Fiji" }

function request()
  n = n % #polls + 1
  local p = polls[n]
  local zone = zones[n % #zones + 1]
  if mode == "form" then
    local body = "name=Bench+participant&email=&affiliation=DC+bench&timezone=" ..
      zone:gsub("/", "%%2F")
    for i, slot in ipairs(p.slots) do
      body = body .. "&vote_" .. slot .. "=" .. (i % 2 == 0 and "yes" or "if_need_be")
    end
    return wrk.format("POST", "/p/" .. p.id .. "/responses",
      { ["Content-Type"] = "application/x-www-form-urlencoded" }, body)
  end
  local votes = {}
  for i, slot in ipairs(p.slots) do
    votes[#votes + 1] = '"' .. slot .. '":"' .. (i % 2 == 0 and "yes" or "if_need_be") .. '"'
  end
  local body = '{"name":"Bench participant","affiliation":"DC bench","timezone":"' ..
    zone .. '","votes":{' .. table.concat(votes, ",") .. '}}'
  return wrk.format("POST", "/api/v1/polls/" .. p.id .. "/responses",
    { ["Content-Type"] = "application/json" }, body)
end
