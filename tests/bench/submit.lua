-- wrk script for `make bench`: complete staff survey submissions.
--
--   wrk -t T -c T -d S -s tests/bench/submit.lua http://127.0.0.1:PORT \
--       -- TOKENS_FILE WAVE_IDS ORIGIN T [RESULT_FILE]
--
-- TOKENS_FILE has one signed-in person a line: "USERNAME TOKEN CSRF" (the
-- cookie value and CSRF token `chorusctl user session` prints). WAVE_IDS is a
-- comma list of open waves of the `bench` survey (tests/bench/bench.survey).
-- T is the number of threads again: wrk runs each thread's init() right
-- after that thread's setup(), before the next thread exists, so a thread
-- cannot learn the count from setup(). Thread i takes the lines i, i+T, ...
-- Run with -c equal to -t: each thread then has exactly one connection, so a
-- response always belongs to the request before it, and the thread walks a
-- state machine, one person at a time, as a browser would:
--
--   1 GET  /survey/W/s/1       the 30-question form          -> 200
--   2 POST /survey/W/s/1       all answers, action=next      -> 303 /survey/W/check
--   3 GET  /survey/W/check     read submit_token, ticket, answers
--   4 POST /survey/W/submit    the hidden fields, as sent    -> 303 /survey/W/done
--
-- then on to the thread's next person (each person takes part once per
-- wave: the thread goes through its people for the first wave, then again
-- for the next wave). A complete submission is a 303 to /done from step 4.
-- Anything else is counted as an error of its step and the thread moves on
-- to the next person. done() prints the totals in "bench: KEY VALUE" lines
-- (and writes them to RESULT_FILE) for tests/bench/run.sh.

local threads = {}

function setup(thread)
	table.insert(threads, thread)
	thread:set("tid", #threads - 1)
end

-- ---- per thread -------------------------------------------------------

local people = {}	-- this thread's slice: { user, token, csrf }
local waves = {}
local origin
local pi, wi = 1, 1	-- current person and wave
local step = 1
local wave, person, cookie
local check = nil	-- hidden fields of the check page
local with_text = false	-- this person wrote a comment

-- Counters, read by done() through thread:get().
ok = 0		-- complete submissions (303 to /done)
already = 0	-- submit answered "already sent" (should stay 0)
errors = 0	-- unexpected answers, all steps
err_step = { 0, 0, 0, 0 }
inflight = 0	-- 1 while a submit POST is on the wire
exhausted = 0	-- 1 if the thread ran out of (person, wave) pairs
texts = 0	-- complete submissions that included the optional comment
started = 0	-- people started (step 1 sent)

local agree = { "1", "2", "3", "4", "5", "pns" }
local caseload = { "never", "once", "more_than_once", "no_supervision" }
local office = { "none", "one_two", "three_four", "five" }
local yesno = { "yes", "no" }

local function urlencode(s)
	return (s:gsub("[^%w%-%._~]", function(ch)
		return string.format("%%%02X", string.byte(ch))
	end))
end

local function unescape_html(s)
	s = s:gsub("&lt;", "<"):gsub("&gt;", ">"):gsub("&quot;", '"')
	s = s:gsub("&#0*39;", "'"):gsub("&#[xX]0*27;", "'")
	s = s:gsub("&#0*61;", "="):gsub("&#[xX]3[dD];", "=")
	s = s:gsub("&#[xX]2[fF];", "/")
	return (s:gsub("&amp;", "&"))
end

local function hidden(body, name)
	local v = body:match('name="' .. name .. '"%s+value="([^"]*)"')
	if v == nil then
		v = body:match('value="([^"]*)"%s+name="' .. name .. '"')
	end
	return v and unescape_html(v) or nil
end

local function pick(t)
	return t[math.random(#t)]
end

-- The question keys of bench.survey, in order: 23 agreement scales, then
-- two 0-10 scales, two single choices, two yes/no and the optional comment.
local agree_keys = {
	"b01_workload_manageable", "b02_caseload_safe", "b03_allocation_fair",
	"b04_time_direct_work", "b05_supervision_regular",
	"b06_supervision_reflective", "b07_decision_quick",
	"b08_training_access", "b09_cpd_time", "b10_wellbeing_support",
	"b11_stress_manageable", "b12_team_support", "b13_manager_visible",
	"b14_leaders_listen", "b15_change_explained", "b16_it_reliable",
	"b17_recording_time", "b18_treated_fairly", "b19_can_speak_up",
	"b20_feel_valued", "b21_pay_fair", "b22_flexible_working", "b23_proud",
}
local comment = urlencode("More business support would give us time for " ..
    "direct work & home visits. Supervision keeps being moved.")

-- The answers of one person to all 30 questions, as the form posts them;
-- about half also write a comment (the optional text question).
local function answers_body()
	local parts = { "csrf=" .. urlencode(person[3]) }
	for _, k in ipairs(agree_keys) do
		parts[#parts + 1] = k .. "=" .. pick(agree)
	end
	parts[#parts + 1] = "b24_recommend=" .. math.random(0, 10)
	parts[#parts + 1] = "b25_confidence_practice=" .. math.random(0, 10)
	parts[#parts + 1] = "b26_supervision_cancelled=" .. pick(caseload)
	parts[#parts + 1] = "b27_office_days=" .. pick(office)
	parts[#parts + 1] = "b28_considering_leaving=" .. pick(yesno)
	parts[#parts + 1] = "b29_got_help=" .. pick(yesno)
	with_text = math.random(2) == 1
	parts[#parts + 1] = "b30_comments=" .. (with_text and comment or "")
	parts[#parts + 1] = "action=next"
	return table.concat(parts, "&")
end

function init(args)
	local file, wavelist = args[1], args[2]
	origin = args[3]
	nthreads = tonumber(args[4] or "")
	result_file = args[5]	-- a global: done() reads it with thread:get()
	if file == nil or wavelist == nil or origin == nil or nthreads == nil then
		error("usage: -- TOKENS_FILE WAVE_IDS ORIGIN THREADS [RESULT_FILE]")
	end
	if tid >= nthreads then
		error("more wrk threads than the THREADS argument says")
	end
	for w in wavelist:gmatch("%d+") do
		waves[#waves + 1] = w
	end
	local n = 0
	for line in io.lines(file) do
		local u, t, c = line:match("^(%S+)%s+(%S+)%s+(%S+)")
		if u ~= nil then
			if n % nthreads == tid then
				people[#people + 1] = { u, t, c }
			end
			n = n + 1
		end
	end
	if #people == 0 or #waves == 0 then
		error("no people or no waves for thread " .. tid)
	end
	math.randomseed(1000 + tid)
	person, wave = people[1], waves[1]
	cookie = "chorus_session=" .. person[2]
end

-- On to the next person (or, past the last, the next wave).
local function next_person()
	step, check = 1, nil
	pi = pi + 1
	if pi > #people then
		pi, wi = 1, wi + 1
		if wi > #waves then
			-- every (person, wave) pair is used: stop this thread
			-- (tests/bench/run.sh sizes the run so this does not happen)
			exhausted = 1
			step, wi = 0, #waves
			wrk.thread:stop()
		end
	end
	person, wave = people[pi], waves[wi]
	cookie = "chorus_session=" .. person[2]
end

function request()
	local base = "/survey/" .. wave
	if step == 0 then
		return wrk.format("GET", "/healthz")
	elseif step == 1 then
		started = started + 1
		return wrk.format("GET", base .. "/s/1", { Cookie = cookie })
	elseif step == 2 then
		return wrk.format("POST", base .. "/s/1", {
			Cookie = cookie, Origin = origin,
			["Content-Type"] = "application/x-www-form-urlencoded",
		}, answers_body())
	elseif step == 3 then
		return wrk.format("GET", base .. "/check", { Cookie = cookie })
	else
		inflight = 1
		local body = "csrf=" .. urlencode(check.csrf) ..
		    "&submit_token=" .. urlencode(check.submit_token) ..
		    "&ticket=" .. urlencode(check.ticket) ..
		    "&answers=" .. urlencode(check.answers)
		return wrk.format("POST", base .. "/submit", {
			Cookie = cookie, Origin = origin,
			["Content-Type"] = "application/x-www-form-urlencoded",
		}, body)
	end
end

local function fail()
	errors = errors + 1
	err_step[step] = err_step[step] + 1
	next_person()
end

function response(status, headers, body)
	local loc = headers["Location"] or headers["location"] or ""
	local base = "/survey/" .. wave
	if step == 0 then
		return
	elseif step == 1 then
		if status == 200 and body:find("b30_comments", 1, true) then
			step = 2
		else
			fail()
		end
	elseif step == 2 then
		if status == 303 and loc == base .. "/check" then
			step = 3
		else
			fail()
		end
	elseif step == 3 then
		if status ~= 200 then
			return fail()
		end
		check = {
			csrf = hidden(body, "csrf"),
			submit_token = hidden(body, "submit_token"),
			ticket = hidden(body, "ticket"),
			answers = hidden(body, "answers"),
		}
		if check.csrf and check.submit_token and check.ticket and check.answers then
			step = 4
		else
			fail()
		end
	else
		inflight = 0
		if status == 303 and loc == base .. "/done" then
			ok = ok + 1
			if with_text then
				texts = texts + 1
			end
			next_person()
		elseif status == 303 and loc == base .. "/done?already=1" then
			already = already + 1
			fail()
		else
			fail()
		end
	end
end

-- ---- results ------------------------------------------------------------

function done(summary, latency, requests)
	local t = { ok = 0, already = 0, errors = 0, inflight = 0, exhausted = 0,
	    texts = 0, started = 0 }
	local es = { 0, 0, 0, 0 }
	for _, th in ipairs(threads) do
		for k, _ in pairs(t) do
			t[k] = t[k] + (th:get(k) or 0)
		end
		local e = th:get("err_step") or {}
		for i = 1, 4 do
			es[i] = es[i] + (e[i] or 0)
		end
	end
	local secs = summary.duration / 1e6
	if #threads ~= (threads[1]:get("nthreads") or 0) then
		io.stderr:write("submit.lua: THREADS must be wrk's -t: people were not shared out evenly\n")
		t.errors = t.errors + 1
	end
	local lines = {
		string.format("bench: seconds %.3f", secs),
		string.format("bench: requests %d", summary.requests),
		string.format("bench: requests/s %.1f", summary.requests / secs),
		string.format("bench: started %d", t.started),
		string.format("bench: submissions %d", t.ok),
		string.format("bench: submissions/s %.1f", t.ok / secs),
		string.format("bench: submits_in_flight %d", t.inflight),
		string.format("bench: with_comment %d", t.texts),
		string.format("bench: already %d", t.already),
		string.format("bench: errors %d", t.errors),
		string.format("bench: errors_by_step %d %d %d %d", es[1], es[2], es[3], es[4]),
		string.format("bench: http_errors %d", summary.errors.status),
		string.format("bench: socket_errors %d", summary.errors.connect +
		    summary.errors.read + summary.errors.write + summary.errors.timeout),
		string.format("bench: exhausted %d", t.exhausted),
		string.format("bench: latency_p50_ms %.2f", latency:percentile(50) / 1000),
		string.format("bench: latency_p99_ms %.2f", latency:percentile(99) / 1000),
	}
	local out = table.concat(lines, "\n") .. "\n"
	io.write(out)
	local rf = threads[1] and threads[1]:get("result_file")
	if rf ~= nil then
		local f = io.open(rf, "w")
		if f then
			f:write(out)
			f:close()
		end
	end
end
