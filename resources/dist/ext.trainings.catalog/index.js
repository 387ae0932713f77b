Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
let vue = require("vue");
let _wikimedia_codex = require("./codex.js");
// resources/src/progress/model.ts
var OUTCOMES = [
	"right",
	"partial",
	"wrong"
];
function isAnsweredOutcome(value) {
	return typeof value === "string" && OUTCOMES.includes(value);
}
function sortedNumbers(values, max = Infinity) {
	const numbers = values.filter((n) => typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= max);
	return numbers.filter((n, i) => numbers.indexOf(n) === i).sort((a, b) => a - b);
}
function missingProgress(progress, steps, quizzes) {
	const seen = progress ? progress.seen : [];
	const answers = progress ? progress.answers : {};
	const missingSteps = [];
	for (let step = 1; step <= steps; step++) if (!seen.includes(step)) missingSteps.push(step);
	return {
		steps: missingSteps,
		quizzes: sortedNumbers(quizzes).filter((quiz) => {
			const answer = Object.prototype.hasOwnProperty.call(answers, String(quiz)) ? answers[String(quiz)] : void 0;
			return !answer || !answer.passed;
		})
	};
}
function meetsCompletionRule(progress, steps = progress ? progress.steps : 1, quizzes = progress ? progress.quizzes : []) {
	const missing = missingProgress(progress, steps, quizzes);
	return !!progress && missing.steps.length === 0 && missing.quizzes.length === 0;
}
function isCompleted(progress) {
	return !!progress && progress.completed > 0;
}
function isStarted(progress) {
	return !!progress && (progress.seen.length > 0 || Object.keys(progress.answers).length > 0 || progress.completed > 0);
}
function withoutUndefined(value) {
	const copy = Object.assign({}, value);
	for (const key of Object.keys(copy)) if (copy[key] === void 0) delete copy[key];
	return copy;
}
function answerQuiz(before, quiz) {
	const right = quiz.outcome === "right";
	const options = quiz.options ? sortedNumbers(quiz.options) : void 0;
	if (!before) return withoutUndefined({
		first: quiz.outcome,
		last: quiz.outcome,
		attempts: 1,
		passed: right,
		firstOptions: options,
		lastOptions: options,
		passedOptions: right ? options : void 0
	});
	return withoutUndefined({
		first: before.first,
		last: quiz.outcome,
		attempts: before.attempts + 1,
		passed: before.passed || right,
		firstOptions: before.firstOptions,
		lastOptions: options,
		passedOptions: right ? options : before.passedOptions
	});
}
function applyUpdate(previous, key, update, now) {
	const steps = Math.max(1, Math.floor(update.steps) || 1);
	const quizzes = sortedNumbers(update.quizzes);
	const step = update.step !== void 0 && Number.isInteger(update.step) && update.step >= 1 && update.step <= steps ? update.step : null;
	const seenBefore = previous ? previous.seen : [];
	const seen = sortedNumbers(step === null ? seenBefore : seenBefore.concat([step]), steps);
	const answers = Object.assign({}, previous ? previous.answers : {});
	const quiz = update.quiz;
	if (quiz && Number.isInteger(quiz.number) && quiz.number >= 1 && isAnsweredOutcome(quiz.outcome)) answers[String(quiz.number)] = answerQuiz(answers[String(quiz.number)], quiz);
	const previousStep = previous && previous.step <= steps ? previous.step : 0;
	const revision = key.revision || previous && previous.revision || void 0;
	const next = withoutUndefined({
		module: key.module,
		language: key.language,
		revision,
		layout: key.layout || previous && previous.layout || void 0,
		steps,
		quizzes,
		step: step === null ? previousStep : step,
		seen,
		answers,
		completed: previous ? previous.completed : 0,
		updated: now
	});
	return next.completed || !meetsCompletionRule(next) ? next : Object.assign({}, next, { completed: now });
}
function optionsOf(value) {
	const options = Array.isArray(value) ? sortedNumbers(value) : [];
	return options.length ? options : void 0;
}
function normaliseProgress(value) {
	if (typeof value !== "object" || value === null) return null;
	const raw = value;
	if (typeof raw.module !== "string" || raw.module === "" || typeof raw.language !== "string") return null;
	const steps = typeof raw.steps === "number" && Number.isInteger(raw.steps) && raw.steps >= 1 ? raw.steps : 0;
	if (!steps) return null;
	const answers = {};
	if (typeof raw.answers === "object" && raw.answers !== null) {
		const rawAnswers = raw.answers;
		for (const [number, answer] of Object.entries(rawAnswers)) {
			const a = answer;
			if (/^[1-9][0-9]*$/.test(number) && a && typeof a === "object" && isAnsweredOutcome(a.first) && isAnsweredOutcome(a.last) && typeof a.attempts === "number" && a.attempts >= 1) {
				const attempts = Math.floor(a.attempts);
				const passed = a.passed === true || a.first === "right" || a.last === "right";
				answers[number] = withoutUndefined({
					first: a.first,
					last: a.last,
					attempts,
					passed,
					firstOptions: optionsOf(a.firstOptions),
					lastOptions: optionsOf(a.lastOptions),
					passedOptions: optionsOf(a.passedOptions)
				});
			}
		}
	}
	const time = (t) => typeof t === "number" && isFinite(t) && t > 0 ? t : 0;
	return withoutUndefined({
		module: raw.module,
		language: raw.language,
		revision: typeof raw.revision === "number" && Number.isInteger(raw.revision) && raw.revision > 0 ? raw.revision : void 0,
		layout: typeof raw.layout === "string" && raw.layout ? raw.layout : void 0,
		steps,
		quizzes: sortedNumbers(Array.isArray(raw.quizzes) ? raw.quizzes : []),
		step: typeof raw.step === "number" && Number.isInteger(raw.step) && raw.step >= 0 && raw.step <= steps ? raw.step : 0,
		seen: sortedNumbers(Array.isArray(raw.seen) ? raw.seen : [], steps),
		answers,
		completed: time(raw.completed),
		updated: time(raw.updated)
	});
}
function progressOfModule(records, module, language = "") {
	const mine = records.filter((record) => record.module === module);
	const rank = (record) => (record.completed ? 4 : 0) + (record.language === language ? 2 : 0);
	let best = null;
	for (const record of mine) if (!best || rank(record) > rank(best) || rank(record) === rank(best) && record.updated > best.updated) best = record;
	return best;
}
// resources/src/progress/mergeByModule.ts
var OUTCOME_RANK = {
	wrong: 0,
	partial: 1,
	right: 2
};
function mergeByModule(records) {
	const merged = new Map();
	for (const record of records) {
		const before = merged.get(record.module);
		if (!before) {
			merged.set(record.module, record);
			continue;
		}
		const [older, latest] = before.updated > record.updated ? [record, before] : [before, record];
		const answers = Object.assign({}, older.answers);
		for (const [number, answer] of Object.entries(latest.answers)) {
			const other = answers[number];
			const latestWins = !other || OUTCOME_RANK[answer.last] > OUTCOME_RANK[other.last];
			answers[number] = !other ? answer : withoutUndefined({
				first: other.first,
				last: latestWins ? answer.last : other.last,
				attempts: other.attempts + answer.attempts,
				passed: other.passed || answer.passed,
				firstOptions: other.firstOptions,
				lastOptions: latestWins ? answer.lastOptions : other.lastOptions,
				passedOptions: other.passedOptions || answer.passedOptions
			});
		}
		const steps = Math.max(older.steps, latest.steps);
		const completed = [older.completed, latest.completed].filter((t) => t > 0);
		merged.set(record.module, withoutUndefined({
			module: latest.module,
			language: latest.language,
			revision: latest.revision,
			steps,
			quizzes: sortedNumbers(older.quizzes.concat(latest.quizzes)),
			step: latest.step,
			seen: sortedNumbers(older.seen.concat(latest.seen), steps),
			answers,
			completed: completed.length ? Math.min(...completed) : 0,
			updated: latest.updated
		}));
	}
	return Array.from(merged.values());
}
// resources/src/progress/stepLayout.ts
function moveToLayout(progress, to) {
	const from = progress.layout;
	if (!from || !to || from === to) return progress;
	const [fromLists, toLists] = [from, to].map((layout) => (layout + ";").split(";").map((list) => list.split("|")));
	const move = (n, list = 0) => {
		const id = fromLists[list][n - 1];
		return id ? toLists[list].indexOf(id) + 1 : 0;
	};
	let step = 0;
	for (let old = progress.step; old >= 1 && !step; old--) step = move(old);
	const answers = {};
	for (const n of Object.keys(progress.answers)) {
		const moved = move(Number(n), 1);
		if (moved) answers[moved] = progress.answers[n];
	}
	const steps = toLists[0].length;
	return Object.assign({}, progress, {
		layout: to,
		steps,
		step,
		seen: sortedNumbers(progress.seen.map((n) => move(n)), steps),
		quizzes: sortedNumbers(progress.quizzes.map((n) => move(n, 1))),
		answers
	});
}
// resources/src/progress/BrowserProgressStore.ts
var STORAGE_KEY = "mw-trainings-progress";
var FORMAT_PER_LANGUAGE = 1;
function sameKey(a, b) {
	return a.module === b.module;
}
function parseRecords(json) {
	let data;
	try {
		data = JSON.parse(json);
	} catch (error) {
		return [];
	}
	const stored = data;
	if (!stored || typeof stored !== "object" || !Array.isArray(stored.records) || stored.version !== 2 && stored.version !== FORMAT_PER_LANGUAGE) return [];
	const records = [];
	for (const value of stored.records) {
		const record = normaliseProgress(value);
		if (record) records.push(record);
	}
	if (stored.version === FORMAT_PER_LANGUAGE) return mergeByModule(records);
	return records.filter((record, i) => !records.slice(0, i).some((other) => sameKey(other, record)));
}
var BrowserProgressStore = class {
	constructor(storage, now, maxRecords) {
		this.storage = storage;
		this.now = now;
		this.maxRecords = maxRecords;
		this.memory = [];
		this.stale = false;
	}
	read() {
		const json = this.storage.get(STORAGE_KEY);
		if (json === false || this.stale) return this.memory.slice();
		return json === null ? [] : parseRecords(json);
	}
	write(records) {
		let kept = records.slice().sort((a, b) => b.updated - a.updated).slice(0, this.maxRecords);
		this.memory = kept;
		for (let attempt = 0; attempt < 2; attempt++) {
			const data = {
				version: 2,
				records: kept
			};
			if (this.storage.set("mw-trainings-progress", JSON.stringify(data))) {
				this.stale = false;
				return;
			}
			kept = kept.slice(0, Math.ceil(kept.length / 2));
		}
		this.stale = true;
	}
	get(key) {
		const record = this.read().find((r) => sameKey(r, key));
		return Promise.resolve(record ? moveToLayout(record, key.layout) : null);
	}
	list(modules) {
		const records = this.read();
		return Promise.resolve(modules ? records.filter((record) => modules.includes(record.module)) : records);
	}
	record(key, update) {
		const records = this.read();
		const index = records.findIndex((record) => sameKey(record, key));
		const updated = applyUpdate(index === -1 ? null : moveToLayout(records[index], key.layout), key, update, this.now());
		if (index !== -1) records.splice(index, 1);
		records.push(updated);
		this.write(records);
		return Promise.resolve(updated);
	}
	reset(key) {
		if (key) this.write(this.read().filter((record) => !sameKey(record, key)));
		else {
			this.memory = [];
			this.stale = false;
			this.storage.remove(STORAGE_KEY);
		}
		return Promise.resolve();
	}
};
function createBrowserProgressStore(storage, now = () => Date.now(), maxRecords = 300) {
	return new BrowserProgressStore(storage, now, maxRecords);
}
// resources/src/progress/progressApi.ts
var MODULES_PER_REQUEST = 50;
var MAX_PAGES = 10;
var PERMANENT_ERRORS = [
	"nosuchmodule",
	"language",
	"badstep",
	"badstepsdone",
	"badquiz",
	"badquizvalue",
	"badrevision",
	"quiznooptions",
	"quizforged",
	"invalidtitle",
	"blocked",
	"nocentralid",
	"badvalue",
	"baddatatype",
	"maxbytes",
	"maxchars"
];
function isPermanentError(error) {
	const code = error instanceof Error ? error.code : void 0;
	return typeof code === "string" && PERMANENT_ERRORS.includes(code);
}
function keyString(key) {
	return key.module;
}
function moduleTitle(module) {
	return "Training:" + module;
}
function moduleKey(title) {
	return title.slice(title.indexOf(":") + 1).replace(/ /g, "_");
}
function timeOf(value) {
	const t = typeof value === "string" ? Date.parse(value) : NaN;
	return isFinite(t) && t > 0 ? t : 0;
}
function progressFromApi(value) {
	if (typeof value !== "object" || value === null) return null;
	const raw = value;
	if (typeof raw.module !== "string" || typeof raw.language !== "string") return null;
	const module = moduleKey(raw.module);
	const seen = sortedNumbers(Array.isArray(raw.stepsdone) ? raw.stepsdone : []);
	const step = typeof raw.step === "number" ? raw.step : 0;
	const answers = {};
	for (const quiz of Array.isArray(raw.quizzes) ? raw.quizzes : []) {
		const q = quiz;
		if (q && typeof q.quiz === "number" && isAnsweredOutcome(q.result)) answers[String(q.quiz)] = {
			first: isAnsweredOutcome(q.first) ? q.first : q.result,
			last: q.result,
			attempts: 1,
			passed: q.passed === true || q.result === "right"
		};
	}
	const steps = typeof raw.steps === "number" && raw.steps >= 1 ? raw.steps : Math.max(1, step, ...seen);
	const quizCount = typeof raw.quizcount === "number" ? raw.quizcount : 0;
	const quizzes = [];
	for (let n = 1; n <= quizCount; n++) quizzes.push(n);
	const updated = timeOf(raw.updated);
	return normaliseProgress({
		module,
		language: raw.language,
		steps,
		quizzes: quizCount ? quizzes : sortedNumbers(Object.keys(answers).map(Number)),
		step,
		seen,
		answers,
		completed: raw.completed === true ? timeOf(raw.completedat) || updated || 1 : 0,
		updated
	});
}
function joinOptions(options) {
	return options.join(".");
}
function recordParams(progress) {
	const numbers = Object.keys(progress.answers).sort((a, b) => Number(a) - Number(b));
	const quizzes = [];
	const quizfirst = [];
	const quizpassed = [];
	for (const n of numbers) {
		const answer = progress.answers[n];
		if (answer.lastOptions) quizzes.push(n + ":" + answer.last + ":" + joinOptions(answer.lastOptions));
		if (answer.firstOptions) quizfirst.push(n + ":" + answer.first + ":" + joinOptions(answer.firstOptions));
		if (answer.passed && answer.passedOptions) quizpassed.push(n + ":" + joinOptions(answer.passedOptions));
	}
	const params = {
		action: "trainingprogress",
		module: moduleTitle(progress.module),
		language: progress.language,
		step: Math.max(0, Math.min(progress.step, progress.steps)),
		stepsdone: progress.seen.map(String),
		quizzes,
		quizfirst,
		quizpassed
	};
	if (progress.revision) params.revision = progress.revision;
	return params;
}
function readList(response) {
	const r = response;
	const modules = r && r.query && r.query.trainingprogress && r.query.trainingprogress.modules;
	const records = [];
	for (const item of Array.isArray(modules) ? modules : []) {
		const record = progressFromApi(item);
		if (record) records.push(record);
	}
	return {
		records,
		next: r && r.continue && typeof r.continue.tpcontinue === "string" ? r.continue.tpcontinue : null
	};
}
function fetchAll(api, params) {
	const all = [];
	const page = (cont, count) => api.apiGet(Object.assign({}, params, cont ? { tpcontinue: cont } : {})).then((response) => {
		const { records, next } = readList(response);
		all.push(...records);
		return next && count < MAX_PAGES ? page(next, count + 1) : all;
	});
	return page(null, 1);
}
function fetchRecords(api, modules) {
	const base = {
		action: "query",
		meta: "trainingprogress",
		tplimit: "max"
	};
	if (!modules) return fetchAll(api, base);
	const chunks = [];
	for (let i = 0; i < modules.length; i += MODULES_PER_REQUEST) chunks.push(modules.slice(i, i + MODULES_PER_REQUEST).map(moduleTitle));
	return Promise.all(chunks.map((titles) => fetchAll(api, Object.assign({ tpmodules: titles }, base)))).then((lists) => [].concat(...lists));
}
// resources/src/progress/carryOver.ts
function replayInto(store, progress) {
	const base = {
		steps: progress.steps,
		quizzes: progress.quizzes
	};
	const updates = [];
	for (const step of progress.seen) if (step !== progress.step) updates.push(Object.assign({ step }, base));
	for (const number of Object.keys(progress.answers)) {
		const answer = progress.answers[number];
		const checks = [[answer.first, answer.firstOptions]];
		if (answer.passed && answer.first !== "right") checks.push(["right", answer.passedOptions]);
		if (answer.last !== checks[checks.length - 1][0]) checks.push([answer.last, answer.lastOptions]);
		for (const [outcome, options] of checks) if (options) {
			const quiz = {
				number: Number(number),
				outcome,
				options
			};
			updates.push(Object.assign({ quiz }, base));
		}
	}
	if (progress.step >= 1) updates.push(Object.assign({ step: progress.step }, base));
	return updates.reduce((done, update) => done.then(() => store.record(progress, update)), Promise.resolve());
}
var LAYOUT_PROPS = ["trainings-step-ids", "trainings-quiz-keys"];
function inLayoutsNow(api, records) {
	const titles = records.filter((r) => r.layout).map((r) => moduleTitle(r.module));
	return titles.length ? api.apiGet({
		action: "query",
		prop: "pageprops",
		ppprop: LAYOUT_PROPS,
		titles
	}).then((response) => {
		const layouts = {};
		for (const page of response.query.pages || []) {
			const props = page.pageprops || {};
			if (props[LAYOUT_PROPS[0]]) layouts[moduleKey(page.title)] = props[LAYOUT_PROPS[0]] + ";" + (props[LAYOUT_PROPS[1]] || "");
		}
		return records.map((record) => moveToLayout(record, layouts[record.module]));
	}) : Promise.resolve(records);
}
function carryOverProgress(browser, api, logError, batch = 50) {
	let uploaded = 0;
	let dropped = 0;
	return browser.list().then((records) => {
		return inLayoutsNow(api, records.slice().sort((a, b) => a.updated - b.updated).slice(0, batch)).then((todo) => ({
			records,
			todo
		}));
	}).then(({ records, todo }) => {
		const forget = (record) => browser.get(record).then((now) => now && now.updated !== record.updated ? void 0 : browser.reset(record));
		const next = (i) => {
			if (i >= todo.length) return Promise.resolve(records.length - uploaded - dropped);
			const record = todo[i];
			return api.apiPost(recordParams(record)).then(() => {
				uploaded++;
				return forget(record).then(() => next(i + 1));
			}, (error) => {
				if (isPermanentError(error)) {
					dropped++;
					return forget(record).then(() => next(i + 1));
				}
				logError(error);
				return records.length - uploaded - dropped;
			});
		};
		return next(0);
	}).then((kept) => ({
		uploaded,
		dropped,
		kept
	}), (error) => {
		logError(error);
		return {
			uploaded,
			dropped,
			kept: -1
		};
	});
}
// resources/src/progress/writeQueue.ts
function createWriteQueue(send, delay, logError) {
	const dirty = new Set();
	const sending = new Set();
	let timer = null;
	let inFlight = null;
	function stopTimer() {
		if (timer !== null) {
			clearTimeout(timer);
			timer = null;
		}
	}
	function sendBatch() {
		const keys = Array.from(dirty);
		dirty.clear();
		keys.forEach((k) => sending.add(k));
		return Promise.all(keys.map(send)).then(() => {
			keys.forEach((k) => sending.delete(k));
		});
	}
	function flush() {
		stopTimer();
		if (inFlight) return inFlight.then(() => flush());
		if (dirty.size === 0) return Promise.resolve();
		inFlight = sendBatch().then(() => {
			inFlight = null;
		});
		return inFlight;
	}
	return {
		mark(key) {
			dirty.add(key);
			stopTimer();
			timer = setTimeout(() => {
				timer = null;
				flush().catch(logError);
			}, delay);
		},
		flush,
		unconfirmed: (key) => dirty.has(key) || sending.has(key),
		drop(key) {
			dirty.delete(key);
		},
		stopTimer,
		idle: () => inFlight || Promise.resolve()
	};
}
// resources/src/progress/ApiProgressStore.ts
function load(s, key) {
	const k = keyString(key);
	let promise = s.loaded.get(k);
	if (!promise) {
		promise = s.ready.then(() => fetchRecords(s.api, [key.module])).then((records) => records.find((r) => r.module === key.module) || null, (error) => {
			s.logError(error);
			return null;
		}).then((record) => record || s.fallback.get(key).catch(() => null));
		s.loaded.set(k, promise);
	}
	return promise;
}
function keepInBrowser(s, progress) {
	replayInto(s.fallback, progress).catch(s.logError);
}
function send(s, k) {
	const progress = s.current.get(k);
	if (!progress) return Promise.resolve();
	return s.api.apiPost(recordParams(progress)).then(() => void 0, (error) => {
		s.logError(error);
		const latest = s.current.get(k);
		if (latest && !isPermanentError(error)) keepInBrowser(s, latest);
	});
}
function list(s, modules) {
	return s.ready.then(() => fetchRecords(s.api, modules)).catch((error) => {
		s.logError(error);
		return s.fallback.list(modules).catch(() => []);
	}).then((records) => {
		const mine = Array.from(s.current.values()).filter((record) => !modules || modules.includes(record.module));
		return records.filter((record) => !s.current.has(keyString(record))).concat(mine);
	});
}
function reset(s, queue, key) {
	const params = key ? {
		action: "trainingprogressreset",
		module: moduleTitle(key.module)
	} : {
		action: "trainingprogressreset",
		all: true
	};
	for (const k of Array.from(s.current.keys())) if (!key || k === keyString(key)) {
		s.current.delete(k);
		queue.drop(k);
		s.loaded.delete(k);
	}
	return queue.idle().then(() => s.api.apiPost(params)).then(() => void 0, s.logError).then(() => s.fallback.reset(key)).catch(s.logError);
}
function flushOnPageHide(s, queue) {
	queue.stopTimer();
	for (const [k, progress] of Array.from(s.current.entries())) {
		if (!queue.unconfirmed(k)) continue;
		queue.drop(k);
		if (!s.api.apiBeacon(recordParams(progress))) keepInBrowser(s, progress);
	}
}
function createApiProgressStore(options) {
	const now = options.now || (() => Date.now());
	const s = {
		api: options.api,
		fallback: options.fallback,
		logError: options.logError,
		ready: (options.ready || Promise.resolve()).catch(() => void 0),
		loaded: new Map(),
		current: new Map()
	};
	const queue = createWriteQueue((k) => send(s, k), options.delay === void 0 ? 500 : options.delay, s.logError);
	return {
		get: (key) => load(s, key).then((record) => s.current.get(keyString(key)) || record),
		list: (modules) => list(s, modules),
		record(key, update) {
			const k = keyString(key);
			return load(s, key).then((record) => {
				const updated = applyUpdate(s.current.get(k) || record, key, update, now());
				s.current.set(k, updated);
				queue.mark(k);
				return updated;
			});
		},
		reset: (key) => reset(s, queue, key),
		flush: queue.flush,
		flushOnPageHide: () => flushOnPageHide(s, queue)
	};
}
// resources/src/progress/anonymousStats.ts
function statsEvents(key, before, after, update) {
	const base = {
		action: "trainingevent",
		module: moduleTitle(key.module),
		language: key.language
	};
	const events = [];
	if (!before) events.push(Object.assign({ event: "start" }, base));
	const quiz = update.quiz && String(update.quiz.number);
	const answer = quiz ? after.answers[quiz] : void 0;
	if (quiz && answer && !(before && before.answers[quiz])) events.push(Object.assign({
		event: "quiz",
		quiz,
		outcome: answer.first
	}, base));
	if (isCompleted(after) && !isCompleted(before)) events.push(Object.assign({
		event: "complete",
		stepsdone: after.seen.map(String),
		quizpassed: Object.keys(after.answers).filter((n) => after.answers[n].passed)
	}, base));
	return events;
}
function createAnonymousStatsStore(store, send) {
	let queue = Promise.resolve();
	function inOrder(task) {
		const result = queue.then(task);
		queue = result.catch(() => void 0);
		return result;
	}
	return {
		get: (key) => inOrder(() => store.get(key)),
		list: (modules) => inOrder(() => store.list(modules)),
		reset: (key) => inOrder(() => store.reset(key)),
		record: (key, update) => inOrder(() => store.get(key).then((before) => store.record(key, update).then((after) => {
			for (const params of statsEvents(key, before, after, update)) try {
				send(params);
			} catch (error) {}
			return after;
		})))
	};
}
// resources/src/progress/learnerStore.ts
function createLearnerProgressStore(env, pageEvents) {
	const browser = createBrowserProgressStore(env.localStorage());
	if (env.config("wgUserName", null) === null) return createAnonymousStatsStore(browser, (params) => env.apiBeaconAnonymous(params));
	const logError = (error) => env.logError(error, "error.trainings");
	const store = createApiProgressStore({
		api: env,
		fallback: browser,
		logError,
		ready: carryOverProgress(browser, env, logError)
	});
	if (pageEvents) {
		pageEvents.addEventListener("pagehide", () => store.flushOnPageHide());
		pageEvents.addEventListener("visibilitychange", () => {
			if (typeof document !== "undefined" && document.visibilityState === "hidden") store.flushOnPageHide();
		});
	}
	return store;
}
// resources/src/shared/documentParsed.ts
function whenDocumentParsed(doc, callback) {
	if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", () => callback(), { once: true });
	else callback();
}
// resources/src/shared/MwEnvironment.ts
var ApiRequestError = class extends Error {
	constructor(code, message) {
		super(message || code);
		this.code = code;
		this.name = "ApiRequestError";
	}
};
function apiFormBody(params) {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(params)) {
		if (value === void 0 || value === false) continue;
		body.append(name, Array.isArray(value) ? value.join("|") : value === true ? "1" : String(value));
	}
	return body;
}
function settleApiRequest(request, signal) {
	const settled = request;
	const onAbort = () => {
		if (settled.abort) settled.abort();
	};
	if (signal) signal.addEventListener("abort", onAbort);
	const stopListening = () => {
		if (signal) signal.removeEventListener("abort", onAbort);
	};
	return new Promise((resolve, reject) => {
		settled.then((data) => {
			stopListening();
			resolve(data);
		}, (code, details) => {
			stopListening();
			const about = details;
			const info = about ? about.error ? about.error.info : about.textStatus : void 0;
			reject(new ApiRequestError(String(code), info));
		});
	});
}
function loadApi(mwGlobal) {
	return typeof mwGlobal.Api === "function" ? Promise.resolve() : Promise.resolve(mwGlobal.loader.using("mediawiki.api")).then(() => void 0, () => {
		throw new ApiRequestError("http", "mediawiki.api did not load");
	});
}
function apiUrl(mwGlobal) {
	return String(mwGlobal.config.get("wgScriptPath") || "") + "/api.php";
}
function sendBeacon(mwGlobal, params) {
	const tokens = mwGlobal.user && mwGlobal.user.tokens;
	const token = tokens ? tokens.get("csrfToken") : null;
	if (typeof token !== "string" || token === "" || token === "+\\" || typeof navigator === "undefined" || typeof navigator.sendBeacon !== "function") return false;
	const body = apiFormBody(Object.assign({
		format: "json",
		formatversion: 2
	}, params));
	body.append("token", token);
	try {
		return navigator.sendBeacon(apiUrl(mwGlobal), body);
	} catch (error) {
		return false;
	}
}
function sendAnonymousBeacon(mwGlobal, params) {
	const body = apiFormBody(Object.assign({
		format: "json",
		formatversion: 2
	}, params));
	const url = apiUrl(mwGlobal);
	try {
		if (typeof navigator !== "undefined" && typeof navigator.sendBeacon === "function" && navigator.sendBeacon(url, body)) return true;
		if (typeof fetch === "function") {
			fetch(url, {
				method: "POST",
				body,
				keepalive: true
			}).catch(() => void 0);
			return true;
		}
	} catch (error) {}
	return false;
}
function createMwEnvironment(mwGlobal) {
	return {
		localStorage() {
			const storage = mwGlobal.storage;
			return storage && typeof storage.get === "function" ? {
				get: (key) => storage.get(key),
				set: (key, value) => storage.set(key, value),
				remove: (key) => storage.remove(key)
			} : {
				get: () => false,
				set: () => false,
				remove: () => false
			};
		},
		message(key, ...params) {
			return mwGlobal.message(key, ...params).text();
		},
		formatNumber(n) {
			return mwGlobal.language.convertNumber(n);
		},
		config(key, fallback) {
			const value = mwGlobal.config.get(key);
			return value === null || value === void 0 ? fallback : value;
		},
		logError(error, topic) {
			const err = error instanceof Error ? error : new Error(String(error));
			if (mwGlobal.errorLogger && typeof mwGlobal.errorLogger.logError === "function") mwGlobal.errorLogger.logError(err, topic);
			mwGlobal.log.error(err);
		},
		apiGet(params, signal) {
			if (signal && signal.aborted) return Promise.reject(new ApiRequestError("http", "aborted"));
			if (typeof mwGlobal.Api !== "function") return loadApi(mwGlobal).then(() => createMwEnvironment(mwGlobal).apiGet(params, signal));
			return settleApiRequest(new mwGlobal.Api().get(Object.assign({ formatversion: 2 }, params)), signal);
		},
		apiPost(params) {
			return loadApi(mwGlobal).then(() => settleApiRequest(new mwGlobal.Api().postWithToken("csrf", Object.assign({ formatversion: 2 }, params))));
		},
		apiBeacon: (params) => sendBeacon(mwGlobal, params),
		apiBeaconAnonymous: (params) => sendAnonymousBeacon(mwGlobal, params)
	};
}
var LEVELS = [
	"beginner",
	"intermediate",
	"advanced"
];
var FORMATS = [
	"quiz",
	"video",
	"image"
];
function languagesChip(languages, env, languageName) {
	const names = languages.slice(0, 3).map(languageName).join(env.message("comma-separator"));
	const more = languages.length - 3;
	return {
		kind: "languages",
		text: more > 0 ? env.message("trainings-catalog-card-languages-more", names, env.formatNumber(more)) : names
	};
}
function cardChips(entry, env, languageName) {
	const chips = [];
	if (entry.status === "outdated" || entry.status === "draft") chips.push({
		kind: "status",
		value: entry.status,
		text: env.message("trainings-meta-status-" + entry.status)
	});
	if (entry.level !== null && LEVELS.includes(entry.level)) chips.push({
		kind: "level",
		text: env.message("trainings-meta-level-" + entry.level)
	});
	if (entry.duration !== null) chips.push({
		kind: "duration",
		text: env.message("trainings-catalog-card-duration", env.formatNumber(entry.duration))
	});
	entry.formats.filter((format) => FORMATS.includes(format)).forEach((format) => {
		chips.push({
			kind: "format",
			value: format,
			text: env.message("trainings-catalog-format-" + format)
		});
	});
	if (entry.topics.length > 0) chips.push({
		kind: "topics",
		text: entry.topics.map((topic) => topic.label).join(env.message("comma-separator"))
	});
	if (entry.languages.length > 0) chips.push(languagesChip(entry.languages, env, languageName));
	const translation = entry.translation;
	if (translation && translation.outdated > 0) chips.push({
		kind: "translation",
		value: "outdated",
		text: env.message("trainings-catalog-card-translation-outdated", languageName(translation.language), env.formatNumber(translation.percent), env.formatNumber(translation.outdated))
	});
	else if (translation && translation.percent < 100) chips.push({
		kind: "translation",
		value: "partial",
		text: env.message("trainings-catalog-card-translation-partial", languageName(translation.language), env.formatNumber(translation.percent))
	});
	return chips;
}
// resources/src/progress/courseProgress.ts
function courseProgress(modules, records, language) {
	const items = modules.map((module) => {
		const record = progressOfModule(records, module, language);
		if (isCompleted(record)) return {
			module,
			state: "completed",
			step: 0,
			steps: record ? record.steps : 0
		};
		if (record && isStarted(record)) return {
			module,
			state: "in-progress",
			step: Math.max(1, record.step),
			steps: record.steps
		};
		return {
			module,
			state: "not-started",
			step: 0,
			steps: record ? record.steps : 0
		};
	});
	return {
		modules: items,
		completed: items.filter((item) => item.state === "completed").length,
		next: items.findIndex((item) => item.state !== "completed"),
		started: items.some((item) => item.state !== "not-started")
	};
}
function stateText(env, progress) {
	switch (progress.state) {
		case "completed": return env.message("trainings-course-status-completed");
		case "in-progress": return env.message("trainings-course-status-in-progress", env.formatNumber(progress.step), env.formatNumber(progress.steps));
		default: return env.message("trainings-course-status-not-started");
	}
}
function modulesOf(records) {
	const modules = [];
	records.forEach((record) => {
		if (!modules.includes(record.module)) modules.push(record.module);
	});
	return modules;
}
function progressByModule(records, language) {
	const byModule = {};
	courseProgress(modulesOf(records), records, language).modules.forEach((state) => {
		if (state.state !== "not-started") byModule[state.module] = state;
	});
	return byModule;
}
function continueItems(records, language, limit = 3) {
	const states = progressByModule(records, language);
	return modulesOf(records).filter((module) => states[module] && states[module].state === "in-progress").map((module) => progressOfModule(records, module, language)).sort((a, b) => b.updated - a.updated).slice(0, limit).map((record) => ({
		module: record.module,
		language: record.language,
		step: states[record.module].step,
		steps: states[record.module].steps
	}));
}
function wikiUrlencode(title) {
	return encodeURIComponent(title.replace(/ /g, "_")).replace(/%3A/g, ":").replace(/%2F/g, "/").replace(/%2C/g, ",");
}
function continueHref(item, env) {
	const title = moduleTitle(item.module) + (item.language !== env.config("wgContentLanguage", "") ? "/" + item.language : "");
	return env.config("wgArticlePath", "/wiki/$1").replace("$1", wikiUrlencode(title)) + "#step-" + item.step;
}
function progressChip(state, env) {
	return {
		kind: "progress",
		value: state.state,
		mark: state.state === "completed" ? "✓ " : void 0,
		text: stateText(env, state)
	};
}
function chipClasses(chip) {
	const classes = [
		"cdx-info-chip",
		"ext-trainings-card__chip",
		"ext-trainings-card__chip--" + chip.kind
	];
	if (chip.value) classes.push("ext-trainings-card__chip--" + chip.value);
	return classes;
}
function markCard(item, chip) {
	const doc = item.ownerDocument;
	const old = item.querySelector(".ext-trainings-card__chip--progress");
	if (old) old.remove();
	let chips = item.querySelector(".ext-trainings-card__chips");
	if (!chips) {
		const text = item.querySelector(".cdx-card__text");
		if (!text) return;
		const supporting = doc.createElement("span");
		supporting.className = "cdx-card__text__supporting-text";
		chips = doc.createElement("span");
		chips.className = "ext-trainings-card__chips";
		supporting.appendChild(chips);
		text.appendChild(supporting);
	}
	const span = doc.createElement("span");
	span.className = chipClasses(chip).join(" ");
	const inner = doc.createElement("span");
	inner.className = "cdx-info-chip--text";
	if (chip.mark) {
		const mark = doc.createElement("span");
		mark.setAttribute("aria-hidden", "true");
		mark.textContent = chip.mark;
		inner.appendChild(mark);
	}
	inner.appendChild(doc.createTextNode(chip.text));
	span.appendChild(inner);
	chips.insertBefore(doc.createTextNode(" "), chips.firstChild);
	chips.insertBefore(span, chips.firstChild);
}
function displayTitle(root, module, titles) {
	const labels = root.querySelectorAll(".cdx-card__text__title, a.ext-trainings-course__module-title");
	for (let i = 0; i < labels.length; i++) {
		const owner = labels[i].closest("[data-key]");
		const text = (labels[i].textContent || "").trim();
		if (owner && owner.getAttribute("data-key") === module && text !== "") return text;
	}
	return titles[module] || module.replace(/_/g, " ");
}
function showContinue(root, items, titles, languageName, env) {
	const doc = root.ownerDocument;
	const before = root.querySelector(".ext-trainings-catalog__courses, .ext-trainings-catalog__modules");
	if (!items.length || !before || !before.parentNode) return null;
	const section = doc.createElement("section");
	section.className = "ext-trainings-catalog__continue";
	const headingId = "ext-trainings-catalog-continue-heading";
	section.setAttribute("aria-labelledby", headingId);
	const heading = doc.createElement("h2");
	heading.id = headingId;
	heading.textContent = env.message("trainings-catalog-continue-heading");
	section.appendChild(heading);
	const list = doc.createElement("ul");
	list.className = "ext-trainings-catalog__continue-list";
	items.forEach((item) => {
		const li = doc.createElement("li");
		li.setAttribute("data-key", item.module);
		const a = doc.createElement("a");
		a.href = continueHref(item, env);
		a.textContent = displayTitle(root, item.module, titles);
		li.appendChild(a);
		if (item.language !== env.config("wgContentLanguage", "")) li.appendChild(doc.createTextNode(" " + env.message("parentheses", languageName(item.language))));
		const status = doc.createElement("span");
		status.className = "ext-trainings-catalog__continue-status";
		li.appendChild(doc.createTextNode(" "));
		status.textContent = stateText(env, {
			module: item.module,
			state: "in-progress",
			step: item.step,
			steps: item.steps
		});
		li.appendChild(status);
		list.appendChild(li);
	});
	section.appendChild(list);
	before.parentNode.insertBefore(section, before);
	return section;
}
// resources/src/catalog/filters.ts
var TEXT_FILTERS = [
	"search",
	"topic",
	"level",
	"format",
	"language",
	"maxduration",
	"sort"
];
var NO_FILTERS = {
	search: "",
	topic: "",
	level: "",
	format: "",
	language: "",
	maxduration: "",
	sort: "",
	drafts: false
};
function readFilters(form) {
	const value = (name) => {
		const field = form.elements.namedItem(name);
		return field && typeof field.value === "string" ? field.value : "";
	};
	const drafts = form.elements.namedItem("drafts");
	return {
		search: value("search"),
		topic: value("topic"),
		level: value("level"),
		format: value("format"),
		language: value("language"),
		maxduration: value("maxduration"),
		sort: value("sort"),
		drafts: !!drafts && drafts.checked === true
	};
}
function isFiltering(filters) {
	return filters.search.trim() !== "" || filters.topic !== "" || filters.level !== "" || filters.format !== "" || filters.language !== "" || filters.maxduration !== "";
}
function sameFilters(a, b) {
	return TEXT_FILTERS.every((name) => name === "search" ? a.search.trim() === b.search.trim() : a[name] === b[name]) && a.drafts === b.drafts;
}
function apiParams(filters, limit, continueFrom) {
	const params = {
		action: "query",
		list: "trainings",
		trkind: "module",
		trlimit: Math.max(1, Math.min(500, Math.floor(limit)))
	};
	const search = filters.search.trim();
	if (search !== "") params.trsearch = search;
	[
		"topic",
		"level",
		"format",
		"language",
		"maxduration",
		"sort"
	].forEach((name) => {
		if (filters[name] !== "") params["tr" + name] = filters[name];
	});
	if (filters.drafts) params.trstatus = [
		"published",
		"outdated",
		"draft"
	];
	if (continueFrom !== null) params.trcontinue = continueFrom;
	return params;
}
function urlWithFilters(href, filters) {
	const url = new URL(href);
	const params = url.searchParams;
	params.delete("continue");
	params.delete("drafts");
	params.delete("fulltext");
	TEXT_FILTERS.forEach((name) => params.delete(name));
	TEXT_FILTERS.forEach((name) => {
		const value = name === "search" ? filters.search.trim() : filters[name];
		if (value !== "" && !(name === "sort" && value === "title")) params.set(name, value);
	});
	if (filters.drafts) params.set("drafts", "1");
	url.search = params.toString().replace(/%3A/gi, ":").replace(/%2F/gi, "/");
	return url.toString();
}
// resources/src/catalog/response.ts
function isObject(value) {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value) {
	return typeof value === "string" ? value : "";
}
function strings(value) {
	return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function topicLabels(value) {
	return Array.isArray(value) ? value.filter((item) => isObject(item) && typeof item.key === "string" && typeof item.label === "string" && item.label !== "").map((item) => ({
		key: item.key,
		label: item.label
	})) : [];
}
function revisions(value) {
	const result = {};
	if (isObject(value)) Object.keys(value).forEach((code) => {
		const id = value[code];
		if (typeof id === "number" && isFinite(id) && id > 0) result[code] = id;
	});
	return result;
}
function direction(value) {
	return value === "ltr" || value === "rtl" ? value : null;
}
function translationFigures(value) {
	if (!isObject(value) || typeof value.language !== "string" || typeof value.percent !== "number" || !isFinite(value.percent)) return null;
	const outdated = typeof value.outdated === "number" && isFinite(value.outdated) ? value.outdated : 0;
	return {
		language: value.language,
		percent: value.percent,
		outdated
	};
}
function readEntry(item) {
	if (!isObject(item)) return null;
	const key = text(item.key) || text(item.title).replace(/^[^:]*:/, "").replace(/ /g, "_");
	const displaytitle = text(item.displaytitle) || key.replace(/_/g, " ");
	if (key === "") return null;
	const duration = typeof item.duration === "number" && isFinite(item.duration) ? item.duration : null;
	return {
		key,
		displaytitle,
		summary: text(item.summary),
		titleLang: text(item.displaytitlelang) || null,
		version: "version" in item ? text(item.version) || null : void 0,
		titleDir: direction(item.displaytitledir),
		summaryLang: text(item.summarylang) || null,
		summaryDir: direction(item.summarydir),
		level: text(item.level) || null,
		duration,
		formats: strings(item.formats),
		topics: topicLabels(item.topiclabels),
		languages: strings(item.languages),
		status: text(item.status) || "published",
		url: text(item.url),
		translation: translationFigures(item.translation),
		revisions: revisions(item.revisions)
	};
}
function readCatalogResponse(data) {
	const query = isObject(data) ? data.query : void 0;
	const list = isObject(query) ? query.trainings : void 0;
	if (!Array.isArray(list)) throw new Error("The list=trainings response has no query.trainings list");
	const cont = isObject(data) ? data.continue : void 0;
	const continueFrom = isObject(cont) && typeof cont.trcontinue === "string" ? cont.trcontinue : null;
	return {
		entries: list.map(readEntry).filter((entry) => entry !== null),
		continueFrom
	};
}
// resources/src/catalog/versions.ts
function readLanguageFallbacks(value) {
	const raw = value;
	const list = (v) => Array.isArray(v) && v.every((code) => typeof code === "string") ? v : null;
	const strict = raw && typeof raw === "object" ? list(raw.strict) : null;
	const all = raw && typeof raw === "object" ? list(raw.all) : null;
	const uselang = raw && typeof raw === "object" && typeof raw.uselang === "string" ? raw.uselang : null;
	if (!strict || !all || !strict.length) return null;
	return uselang ? {
		strict,
		all,
		uselang
	} : {
		strict,
		all
	};
}
function readerVersion(languages, fallbacks) {
	const source = languages[0];
	if (source === void 0) return null;
	const candidates = fallbacks.strict.concat([source], fallbacks.all);
	for (const code of candidates) {
		if (code === source) return null;
		if (languages.includes(code)) return code;
	}
	return null;
}
function withReaderVersion(entry, fallbacks) {
	const code = entry.version !== void 0 ? entry.version : fallbacks && entry.url ? readerVersion(entry.languages, fallbacks) : null;
	let url = code === null ? entry.url : entry.url + "/" + code;
	const uselang = fallbacks && fallbacks.uselang;
	if (uselang && url) url += (url.includes("?") ? "&" : "?") + "uselang=" + encodeURIComponent(uselang);
	return url === entry.url ? entry : Object.assign({}, entry, { url });
}
// resources/src/catalog/controller.ts
function canLoadMoreInPlace(options) {
	return options.serverCount + options.pageSize <= 500;
}
function showPage(state, data, append, fallbacks) {
	const page = readCatalogResponse(data);
	const entries = page.entries.map((entry) => withReaderVersion(entry, fallbacks));
	state.firstNew = append ? state.entries.length : null;
	state.entries = append ? state.entries.concat(entries) : entries;
	state.continueFrom = page.continueFrom;
	state.active = true;
	state.error = null;
}
function createRunner(env, state) {
	const fallbacks = readLanguageFallbacks(env.config("wgTrainingsLanguageFallbacks", null));
	let running = null;
	function request(limit, continueFrom, append) {
		const controller = new AbortController();
		running = controller;
		state.loading = true;
		const params = apiParams(state.filters, limit, continueFrom);
		const userLanguage = env.config("wgUserLanguage", "");
		if (userLanguage !== "") params.uselang = userLanguage;
		return env.apiGet(params, controller.signal).then((data) => {
			if (!controller.signal.aborted) showPage(state, data, append, fallbacks);
		}).catch((error) => {
			if (controller.signal.aborted) return;
			const detail = error instanceof Error ? error.message : String(error);
			state.error = env.message("trainings-catalog-error", detail);
			if (!(error instanceof ApiRequestError)) env.logError(error, "error.trainings");
		}).then(() => {
			if (running === controller) {
				running = null;
				state.loading = false;
			}
		});
	}
	return {
		request,
		abort() {
			if (running) {
				running.abort();
				running = null;
			}
		}
	};
}
function loadMore(state, options, runner) {
	if (state.loading) return Promise.resolve();
	if (!state.active) {
		if (!canLoadMoreInPlace(options)) return Promise.resolve();
		const limit = options.serverCount + options.pageSize;
		return runner.request(limit, options.serverStart, false).then(() => {
			if (state.active) state.firstNew = Math.min(options.serverCount, state.entries.length);
		});
	}
	if (state.continueFrom === null) return Promise.resolve();
	return runner.request(options.pageSize, state.continueFrom, true);
}
function createCatalogController(env, options) {
	const state = (0, vue.reactive)({
		filters: options.initialFilters,
		active: false,
		loading: false,
		entries: [],
		continueFrom: options.serverContinue,
		error: null,
		firstNew: null
	});
	const runner = createRunner(env, state);
	const debounceMs = options.debounceMs === void 0 ? 250 : options.debounceMs;
	let timer = null;
	let pendingResolve = null;
	function cancel() {
		if (timer !== null) {
			clearTimeout(timer);
			timer = null;
		}
		if (pendingResolve) {
			pendingResolve();
			pendingResolve = null;
		}
		runner.abort();
	}
	function update(filters, immediate) {
		const unchanged = sameFilters(filters, state.filters);
		if (unchanged && !(immediate && state.error !== null) && timer === null) return Promise.resolve();
		cancel();
		state.filters = filters;
		if (!unchanged && options.onFiltersChange) options.onFiltersChange(filters);
		if (immediate || debounceMs <= 0) return runner.request(options.pageSize, null, false);
		return new Promise((resolve) => {
			pendingResolve = resolve;
			timer = setTimeout(() => {
				timer = null;
				pendingResolve = null;
				runner.request(options.pageSize, null, false).then(resolve);
			}, debounceMs);
		});
	}
	return {
		state,
		update,
		loadMore: () => loadMore(state, options, runner),
		destroy: cancel
	};
}
// resources/src/shared/injectionKeys.ts
var mwEnvironmentKey = Symbol("trainings.mwEnvironment");
// resources/src/shared/useMwEnvironment.ts
function useMwEnvironment() {
	const env = (0, vue.inject)(mwEnvironmentKey);
	if (!env) throw new Error("No MwEnvironment provided: mount the app with one.");
	return env;
}
// resources/src/catalog/CatalogCard.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$1 = ["data-key"];
var _hoisted_2$1 = ["lang", "dir"];
var _hoisted_3$1 = ["lang", "dir"];
var _hoisted_4$1 = { class: "ext-trainings-card__chips" };
var _hoisted_5$1 = { class: "cdx-info-chip--text" };
var _hoisted_6$1 = {
	key: 0,
	"aria-hidden": "true"
};
// resources/src/catalog/CatalogCard.vue
var CatalogCard_default = (0, vue.defineComponent)({
	__name: "CatalogCard",
	props: {
		entry: {},
		languageNames: {},
		progress: {}
	},
	setup(__props) {
		const props = __props;
		const env = useMwEnvironment();
		const chips = (0, vue.computed)(() => (props.progress ? [progressChip(props.progress, env)] : []).concat(cardChips(props.entry, env, (code) => props.languageNames[code] || code)));
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("li", {
				class: "ext-trainings-catalog__item",
				"data-key": _ctx.entry.key
			}, [(0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxCard), { url: _ctx.entry.url }, (0, vue.createSlots)({
				title: (0, vue.withCtx)(() => [(0, vue.createElementVNode)("bdi", {
					lang: _ctx.entry.titleLang || _ctx.entry.languages[0],
					dir: _ctx.entry.titleDir || void 0
				}, (0, vue.toDisplayString)(_ctx.entry.displaytitle), 9, _hoisted_2$1)]),
				_: 2
			}, [_ctx.entry.summary !== "" ? {
				name: "description",
				fn: (0, vue.withCtx)(() => [(0, vue.createElementVNode)("bdi", {
					lang: _ctx.entry.summaryLang || _ctx.entry.languages[0],
					dir: _ctx.entry.summaryDir || void 0
				}, (0, vue.toDisplayString)(_ctx.entry.summary), 9, _hoisted_3$1)]),
				key: "0"
			} : void 0, chips.value.length > 0 ? {
				name: "supporting-text",
				fn: (0, vue.withCtx)(() => [(0, vue.createElementVNode)("span", _hoisted_4$1, [((0, vue.openBlock)(true), (0, vue.createElementBlock)(vue.Fragment, null, (0, vue.renderList)(chips.value, (chip) => {
					return (0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: chip.kind + (chip.value || "") }, [(0, vue.createElementVNode)("span", { class: (0, vue.normalizeClass)((0, vue.unref)(chipClasses)(chip)) }, [(0, vue.createElementVNode)("span", _hoisted_5$1, [chip.mark ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("span", _hoisted_6$1, (0, vue.toDisplayString)(chip.mark), 1)) : (0, vue.createCommentVNode)("", true), (0, vue.createTextVNode)((0, vue.toDisplayString)(chip.text), 1)])], 2), (0, vue.createTextVNode)((0, vue.toDisplayString)(" "))], 64);
				}), 128))])]),
				key: "1"
			} : void 0]), 1032, ["url"])], 8, _hoisted_1$1);
		};
	}
});
// resources/src/catalog/CatalogResults.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1 = { class: "ext-trainings-catalog__enhanced" };
var _hoisted_2 = ["aria-busy"];
var _hoisted_3 = { class: "ext-trainings-catalog__list" };
var _hoisted_4 = {
	key: 0,
	class: "ext-trainings-catalog__empty"
};
var _hoisted_5 = ["href"];
var _hoisted_6 = {
	key: 1,
	class: "ext-trainings-catalog__more"
};
// resources/src/catalog/CatalogResults.vue
var CatalogResults_default = (0, vue.defineComponent)({
	__name: "CatalogResults",
	props: {
		state: {},
		languageNames: {},
		clearUrl: {},
		progress: {}
	},
	emits: ["more"],
	setup(__props, { emit: __emit }) {
		const props = __props;
		const emit = __emit;
		const env = useMwEnvironment();
		const results = (0, vue.ref)(null);
		const filtering = (0, vue.computed)(() => isFiltering(props.state.filters));
		const emptyText = (0, vue.computed)(() => env.message(filtering.value ? "trainings-catalog-no-results" : "trainings-catalog-no-modules"));
		const clearText = env.message("trainings-catalog-clear");
		const moreText = env.message("trainings-catalog-more");
		(0, vue.watch)(() => props.state.firstNew, (index) => {
			if (index === null) return;
			(0, vue.nextTick)(() => {
				const link = (results.value ? results.value.querySelectorAll(".ext-trainings-catalog__item a") : [])[index];
				if (link) link.focus();
			});
		}, { flush: "post" });
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1, [_ctx.state.error !== null ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxMessage), {
				key: 0,
				type: "error",
				class: "ext-trainings-catalog__error"
			}, {
				default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(_ctx.state.error), 1)]),
				_: 1
			})) : (0, vue.createCommentVNode)("", true), _ctx.state.active ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("div", {
				key: 1,
				ref_key: "results",
				ref: results,
				class: "ext-trainings-catalog__results",
				"aria-busy": _ctx.state.loading ? "true" : void 0
			}, [
				(0, vue.createElementVNode)("ul", _hoisted_3, [((0, vue.openBlock)(true), (0, vue.createElementBlock)(vue.Fragment, null, (0, vue.renderList)(_ctx.state.entries, (entry) => {
					return (0, vue.openBlock)(), (0, vue.createBlock)(CatalogCard_default, {
						key: entry.key,
						entry,
						"language-names": _ctx.languageNames,
						progress: _ctx.progress.byModule[entry.key] || null
					}, null, 8, [
						"entry",
						"language-names",
						"progress"
					]);
				}), 128))]),
				_ctx.state.entries.length === 0 ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_4, [(0, vue.createTextVNode)((0, vue.toDisplayString)(emptyText.value) + " ", 1), filtering.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("a", {
					key: 0,
					class: "ext-trainings-catalog__clear",
					href: _ctx.clearUrl
				}, (0, vue.toDisplayString)((0, vue.unref)(clearText)), 9, _hoisted_5)) : (0, vue.createCommentVNode)("", true)])) : (0, vue.createCommentVNode)("", true),
				_ctx.state.continueFrom !== null ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_6, [(0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxButton), { onClick: _cache[0] || (_cache[0] = ($event) => emit("more")) }, {
					default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)((0, vue.unref)(moreText)), 1)]),
					_: 1
				})])) : (0, vue.createCommentVNode)("", true)
			], 8, _hoisted_2)) : (0, vue.createCommentVNode)("", true)]);
		};
	}
});
// resources/src/catalog/textSearch.ts
var MATCH_CLASS = "ext-trainings-course__module--match";
function fullTextUrl(href, filters) {
	const url = new URL(urlWithFilters(href, filters));
	url.searchParams.set("fulltext", "1");
	url.search = url.searchParams.toString().replace(/%3A/gi, ":").replace(/%2F/gi, "/");
	return url.toString();
}
function updateTextSearchLink(root, env, filters, href) {
	const paragraph = root.querySelector(".ext-trainings-catalog__fulltext");
	if (!paragraph) return;
	const search = filters.search.trim();
	paragraph.hidden = search === "";
	const link = root.ownerDocument.createElement("a");
	link.className = "ext-trainings-catalog__fulltext-link";
	link.href = fullTextUrl(href, filters);
	link.textContent = env.message("trainings-catalog-search-inside", search);
	paragraph.replaceChildren(link);
}
function readCourses(data) {
	const query = data.query;
	const list = query ? query.trainings : null;
	return Array.isArray(list) ? list : [];
}
function createCourseFilter(root, env) {
	let latest = 0;
	return (filters) => {
		const section = root.querySelector(".ext-trainings-catalog__courses");
		if (!section) return Promise.resolve();
		const request = ++latest;
		if (!section.querySelector("li.ext-trainings-course[data-key]")) {
			section.hidden = isFiltering(filters);
			return Promise.resolve();
		}
		const params = Object.assign(apiParams(filters, 500, null), { trkind: "course" });
		return (isFiltering(filters) ? env.apiGet(params).then(readCourses) : Promise.resolve(null)).then((courses) => {
			if (request === latest) showCourses(section, env, courses);
		}).catch((error) => env.logError(error, "error.trainings"));
	};
}
function showCourses(section, env, courses) {
	const byKey = {};
	(courses || []).forEach((course) => {
		byKey[course.key] = course;
	});
	let shown = 0;
	Array.prototype.forEach.call(section.querySelectorAll("li.ext-trainings-course[data-key]"), (item) => {
		const course = byKey[item.getAttribute("data-key") || ""];
		item.hidden = courses !== null && !course;
		shown += item.hidden ? 0 : 1;
		const matching = course ? course.modules.filter((m) => m.matches).map((m) => m.key) : [];
		Array.prototype.forEach.call(item.querySelectorAll("li.ext-trainings-course__module[data-key]"), (module) => {
			markModule(module, env, matching.includes(module.getAttribute("data-key") || ""));
		});
	});
	section.hidden = shown === 0;
}
function markModule(module, env, matches) {
	module.classList.toggle(MATCH_CLASS, matches);
	const label = module.querySelector(".ext-trainings-course__match");
	if (matches && !label) {
		const span = module.ownerDocument.createElement("span");
		span.className = "ext-trainings-course__match";
		span.textContent = env.message("trainings-catalog-course-module-matches");
		module.append(" ", span);
	} else if (!matches && label) label.remove();
}
// resources/src/catalog/mountCatalog.ts
var ROOT_ID = "ext-trainings-catalog";
var DEFAULT_PAGE_SIZE = 50;
function replaceLocation(href) {
	if (href === window.location.href) return;
	try {
		window.history.replaceState(window.history.state, "", href);
	} catch (error) {}
}
function readLanguageNames(form) {
	const names = {};
	const select = form.querySelector("select[name=\"language\"]");
	if (select) Array.prototype.forEach.call(select.options, (option) => {
		if (option.value !== "") names[option.value] = (option.textContent || option.value).trim();
	});
	return names;
}
function countText(env, count, hasMore) {
	return env.message(hasMore ? "trainings-catalog-result-count-more" : "trainings-catalog-result-count", env.formatNumber(count));
}
function mountCatalog(root, env, options = {}) {
	const form = root.querySelector("form.ext-trainings-catalog__search");
	const serverResults = root.querySelector(".ext-trainings-catalog__results");
	if (!form || !serverResults || !serverResults.parentNode) return null;
	const serverList = serverResults;
	const currentUrl = options.currentUrl || (() => window.location.href);
	const replaceUrl = options.replaceUrl || replaceLocation;
	const count = root.querySelector(".ext-trainings-catalog__count");
	const filterCourses = createCourseFilter(root, env);
	const notice = root.querySelector(".ext-trainings-catalog__notice");
	const moreLink = serverResults.querySelector(".ext-trainings-catalog__more a");
	const controllerOptions = {
		pageSize: Number(root.getAttribute("data-page-size")) || DEFAULT_PAGE_SIZE,
		initialFilters: readFilters(form),
		serverCount: serverResults.querySelectorAll(".ext-trainings-catalog__item").length,
		serverStart: root.getAttribute("data-continue"),
		serverContinue: moreLink ? moreLink.getAttribute("data-continue") : null,
		debounceMs: options.debounceMs,
		onFiltersChange: (filters) => {
			replaceUrl(urlWithFilters(currentUrl(), filters));
			updateTextSearchLink(root, env, filters, currentUrl());
			filterCourses(filters);
			if (notice) notice.hidden = true;
		}
	};
	const controller = createCatalogController(env, controllerOptions);
	const state = controller.state;
	const progress = (0, vue.reactive)({ byModule: {} });
	const languageNames = readLanguageNames(form);
	const app = (options.createApp || vue.createApp)(CatalogResults_default, {
		state,
		languageNames,
		clearUrl: urlWithFilters(currentUrl(), NO_FILTERS),
		progress,
		onMore: () => controller.loadMore()
	});
	app.provide(mwEnvironmentKey, env);
	app.config.errorHandler = (error) => env.logError(error, "error.vue");
	const mountPoint = root.ownerDocument.createElement("div");
	mountPoint.className = "ext-trainings-catalog__app";
	serverResults.parentNode.insertBefore(mountPoint, serverResults);
	app.mount(mountPoint);
	(0, vue.watch)(() => state.active, (active) => {
		if (active) serverResults.remove();
	});
	(0, vue.watch)(() => [
		state.active,
		state.entries,
		state.continueFrom
	], () => {
		if (count && state.active) {
			const text = countText(env, state.entries.length, state.continueFrom !== null);
			if (count.textContent !== text) count.textContent = text;
		}
	});
	const searchInput = form.querySelector("input[name=\"search\"]");
	form.addEventListener("input", (event) => {
		if (event.target === searchInput) controller.update(readFilters(form), false);
	});
	form.addEventListener("change", () => {
		controller.update(readFilters(form), true);
	});
	form.addEventListener("submit", (event) => {
		event.preventDefault();
		controller.update(readFilters(form), true);
	});
	const apply = form.querySelector(".ext-trainings-catalog__apply");
	if (apply) apply.hidden = true;
	if (moreLink && canLoadMoreInPlace(controllerOptions)) moreLink.addEventListener("click", (event) => {
		event.preventDefault();
		controller.loadMore();
	});
	const progressShown = options.store ? showProgress(options.store) : Promise.resolve();
	function showProgress(store) {
		return store.list().then((records) => {
			if (!records.length) return;
			const language = env.config("wgUserLanguage", "");
			progress.byModule = progressByModule(records, language);
			if (!state.active) Array.prototype.forEach.call(serverList.querySelectorAll(".ext-trainings-catalog__item[data-key]"), (item) => {
				const module = progress.byModule[item.getAttribute("data-key") || ""];
				if (module) markCard(item, progressChip(module, env));
			});
			const titles = {};
			state.entries.forEach((entry) => {
				titles[entry.key] = entry.displaytitle;
			});
			showContinue(root, continueItems(records, language), titles, (code) => languageNames[code] || code, env);
		}).catch((error) => env.logError(error, "error.trainings"));
	}
	return {
		app,
		controller,
		progressShown
	};
}
// resources/src/catalog/init.ts
whenDocumentParsed(document, () => {
	const root = document.getElementById(ROOT_ID);
	if (root) {
		const env = createMwEnvironment(mw);
		try {
			const store = createLearnerProgressStore(env);
			mountCatalog(root, env, {
				createApp: vue.createMwApp,
				store
			});
		} catch (error) {
			env.logError(error, "error.trainings");
		}
	}
});
exports.ApiRequestError = ApiRequestError;
exports.NO_FILTERS = NO_FILTERS;
exports.apiParams = apiParams;
exports.cardChips = cardChips;
exports.continueHref = continueHref;
exports.continueItems = continueItems;
exports.countText = countText;
exports.createCatalogController = createCatalogController;
exports.createLearnerProgressStore = createLearnerProgressStore;
exports.createMwEnvironment = createMwEnvironment;
exports.fullTextUrl = fullTextUrl;
exports.isFiltering = isFiltering;
exports.mountCatalog = mountCatalog;
exports.progressByModule = progressByModule;
exports.readCatalogResponse = readCatalogResponse;
exports.readFilters = readFilters;
exports.readLanguageFallbacks = readLanguageFallbacks;
exports.readerVersion = readerVersion;
exports.urlWithFilters = urlWithFilters;
exports.withReaderVersion = withReaderVersion;
