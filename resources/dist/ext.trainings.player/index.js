Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
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
// resources/src/progress/index.ts
var progress_exports = __exportAll({
	CARRY_OVER_BATCH: () => 50,
	FORMAT_VERSION: () => 2,
	MAX_RECORDS: () => 300,
	STORAGE_KEY: () => STORAGE_KEY,
	WRITE_DELAY: () => 500,
	applyUpdate: () => applyUpdate,
	carryOverProgress: () => carryOverProgress,
	createAnonymousStatsStore: () => createAnonymousStatsStore,
	createApiProgressStore: () => createApiProgressStore,
	createBrowserProgressStore: () => createBrowserProgressStore,
	createLearnerProgressStore: () => createLearnerProgressStore,
	isAnsweredOutcome: () => isAnsweredOutcome,
	isCompleted: () => isCompleted,
	isPermanentError: () => isPermanentError,
	isStarted: () => isStarted,
	meetsCompletionRule: () => meetsCompletionRule,
	mergeByModule: () => mergeByModule,
	missingProgress: () => missingProgress,
	moduleTitle: () => moduleTitle,
	normaliseProgress: () => normaliseProgress,
	progressFromApi: () => progressFromApi,
	progressOfModule: () => progressOfModule,
	recordParams: () => recordParams,
	replayInto: () => replayInto,
	sortedNumbers: () => sortedNumbers,
	statsEvents: () => statsEvents
});
// resources/src/quiz/checkAnswers.ts
function checkAnswers(options, chosenValues) {
	const chosen = options.filter((option) => chosenValues.includes(option.value));
	let outcome;
	if (chosen.length === 0) outcome = "empty";
	else if (chosen.some((option) => !option.correct)) outcome = "wrong";
	else if (chosen.length < options.filter((option) => option.correct).length) outcome = "partial";
	else outcome = "right";
	return {
		outcome,
		chosen
	};
}
// resources/src/quiz/serverQuiz.ts
var QUIZ_SELECTOR = ".trainings-quiz";
function readServerQuiz(root) {
	const answers = root.querySelector("details.trainings-quiz-answers");
	const inputs = Array.prototype.slice.call(root.querySelectorAll(".trainings-quiz-options input[type=\"radio\"], .trainings-quiz-options input[type=\"checkbox\"]"));
	if (!answers || inputs.length === 0) return null;
	const options = [];
	for (const input of inputs) {
		const answer = Array.prototype.find.call(answers.querySelectorAll("[data-trainings-option]"), (li) => li.getAttribute("data-trainings-option") === input.value);
		const item = input.closest("li");
		if (!answer || !item) return null;
		options.push({
			value: input.value,
			correct: answer.getAttribute("data-trainings-correct") === "1",
			input,
			item,
			verdict: answer.querySelector("strong"),
			feedback: answer.querySelector(".trainings-quiz-feedback")
		});
	}
	const type = root.getAttribute("data-trainings-quiz-type");
	return {
		root,
		number: Number(root.getAttribute("data-trainings-quiz")) || 0,
		type: type === "multiple" || type === "single" ? type : inputs[0].type === "checkbox" ? "multiple" : "single",
		answers,
		options,
		explanation: answers.querySelector(".trainings-quiz-explanation")
	};
}
// resources/src/quiz/enhanceQuiz.ts
var QUIZ_CHECK_EVENT = "trainings-quiz-check";
var idCounter = 0;
var DESCRIBED_BY = "aria-describedby";
var OUTCOME = "data-trainings-quiz-outcome";
var ENHANCED = "data-trainings-enhanced";
var RIGHT_OPTION = "trainings-quiz-option--right";
var WRONG_OPTION = "trainings-quiz-option--wrong";
function element(doc, tag, className, text) {
	const el = doc.createElement(tag);
	if (className) el.className = className;
	if (text !== void 0) el.textContent = text;
	return el;
}
function addControls(quiz, labels) {
	const root = quiz.root;
	const doc = root.ownerDocument;
	const actions = element(doc, "div", "trainings-quiz-actions");
	const checkButton = element(doc, "button", "cdx-button trainings-quiz-check", labels.check);
	const retryButton = element(doc, "button", "cdx-button trainings-quiz-retry", labels.tryAgain);
	const status = element(doc, "div", "trainings-quiz-status");
	const explanation = quiz.explanation ? quiz.explanation.cloneNode(true) : null;
	checkButton.type = retryButton.type = "button";
	retryButton.hidden = true;
	status.setAttribute("role", "status");
	actions.append(checkButton, " ", retryButton);
	root.append(actions, status);
	if (explanation) {
		explanation.hidden = true;
		explanation.removeAttribute("id");
		root.append(explanation);
	}
	root.setAttribute(ENHANCED, "");
	if (quiz.answers) quiz.answers.hidden = true;
	return [
		actions,
		checkButton,
		retryButton,
		status,
		explanation
	];
}
function resultBox(option, id, labels) {
	const doc = option.item.ownerDocument;
	const box = element(doc, "div", option.correct ? "trainings-quiz-result trainings-quiz-result--right" : "trainings-quiz-result trainings-quiz-result--wrong");
	box.id = id;
	box.append(option.verdict ? option.verdict.cloneNode(true) : element(doc, "strong", "", option.correct ? labels.verdictRight : labels.verdictWrong));
	if (option.feedback) box.append(" ", option.feedback.cloneNode(true));
	return box;
}
function markOption(option, original, box) {
	option.item.classList.remove(RIGHT_OPTION, WRONG_OPTION);
	const describedBy = box ? (original ? original + " " : "") + box.id : original;
	if (box) {
		option.item.appendChild(box);
		option.item.classList.add(option.correct ? RIGHT_OPTION : WRONG_OPTION);
	}
	if (describedBy === null) option.input.removeAttribute(DESCRIBED_BY);
	else option.input.setAttribute(DESCRIBED_BY, describedBy);
}
function createChecker(quiz, labels, prefix, status, retryButton, explanation) {
	const root = quiz.root;
	const describedBy = quiz.options.map((option) => option.input.getAttribute(DESCRIBED_BY));
	let results = [];
	function showOutcome(outcome) {
		if (outcome) root.setAttribute(OUTCOME, outcome);
		else root.removeAttribute(OUTCOME);
		status.textContent = outcome ? labels[outcome] : "";
		retryButton.hidden = !outcome || outcome === "right" || outcome === "empty";
		if (explanation) explanation.hidden = outcome !== "right";
	}
	function clear() {
		results.forEach((result) => result.remove());
		results = [];
		quiz.options.forEach((option, i) => markOption(option, describedBy[i], null));
		showOutcome(null);
	}
	return {
		clear,
		onChange() {
			if (results.length) clear();
		},
		check() {
			clear();
			const chosen = quiz.options.filter((option) => option.input.checked);
			const result = checkAnswers(quiz.options, chosen.map((option) => option.value));
			quiz.options.forEach((option, i) => {
				if (result.chosen.includes(option)) {
					const box = resultBox(option, prefix + "-result-" + option.value, labels);
					markOption(option, describedBy[i], box);
					results.push(box);
				}
			});
			showOutcome(result.outcome);
			const detail = {
				quiz: quiz.number,
				outcome: result.outcome,
				options: result.chosen.map((option) => Number(option.value))
			};
			root.dispatchEvent(new CustomEvent(QUIZ_CHECK_EVENT, {
				bubbles: true,
				detail
			}));
			return result;
		}
	};
}
function enhanceQuiz(root, labels) {
	const found = root.hasAttribute(ENHANCED) ? null : readServerQuiz(root);
	if (!found) return null;
	const quiz = found;
	const [actions, checkButton, retryButton, status, explanation] = addControls(quiz, labels);
	const { check, clear, onChange } = createChecker(quiz, labels, root.id || "trainings-quiz-" + ++idCounter, status, retryButton, explanation);
	function reset() {
		clear();
		quiz.options.forEach((option) => {
			option.input.checked = false;
		});
	}
	function onRetry() {
		reset();
		quiz.options[0].input.focus();
	}
	checkButton.addEventListener("click", check);
	retryButton.addEventListener("click", onRetry);
	root.addEventListener("change", onChange);
	return {
		quiz,
		check,
		reset,
		destroy() {
			clear();
			checkButton.removeEventListener("click", check);
			retryButton.removeEventListener("click", onRetry);
			root.removeEventListener("change", onChange);
			[
				actions,
				status,
				explanation
			].forEach((added) => added && added.remove());
			root.removeAttribute(ENHANCED);
			if (quiz.answers) quiz.answers.hidden = false;
		}
	};
}
function enhanceQuizzes(container, labels) {
	const enhanced = [];
	const roots = container.querySelectorAll(QUIZ_SELECTOR);
	Array.prototype.forEach.call(roots, (root) => {
		const quiz = enhanceQuiz(root, labels);
		if (quiz) enhanced.push(quiz);
	});
	return enhanced;
}
// resources/src/quiz/index.ts
var quiz_exports = __exportAll({
	QUIZ_CHECK_EVENT: () => QUIZ_CHECK_EVENT,
	QUIZ_SELECTOR: () => QUIZ_SELECTOR,
	checkAnswers: () => checkAnswers,
	enhanceQuiz: () => enhanceQuiz,
	enhanceQuizzes: () => enhanceQuizzes,
	readServerQuiz: () => readServerQuiz
});
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
// resources/src/player/playerState.ts
var playerState_exports = __exportAll({
	canComplete: () => canComplete,
	complete: () => complete,
	fragmentId: () => fragmentId,
	fragmentOf: () => fragmentOf,
	goTo: () => goTo,
	keyAction: () => keyAction,
	next: () => next,
	parseStableFragment: () => parseStableFragment,
	parseStepFragment: () => parseStepFragment,
	previous: () => previous,
	progressOf: () => progressOf,
	stateAt: () => stateAt,
	viewOf: () => viewOf
});
function stateAt(steps, step = 0) {
	const max = Math.max(1, Math.floor(steps));
	return {
		step: Math.min(max, Math.max(0, Math.floor(step) || 0)),
		steps: max,
		completed: false
	};
}
function viewOf(state) {
	return state.completed ? "complete" : state.step === 0 ? "intro" : "step";
}
function goTo(state, step) {
	return stateAt(state.steps, step);
}
function next(state) {
	return state.completed || state.step === state.steps ? state : goTo(state, state.step + 1);
}
function previous(state) {
	if (state.completed) return goTo(state, state.steps);
	return state.step === 0 ? state : goTo(state, state.step - 1);
}
function canComplete(state) {
	return !state.completed && state.step === state.steps;
}
function complete(state) {
	return {
		step: state.steps,
		steps: state.steps,
		completed: true
	};
}
function progressOf(state) {
	return {
		value: state.step,
		max: state.steps
	};
}
function fragmentId(hash) {
	const raw = hash.charAt(0) === "#" ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch (error) {
		return raw;
	}
}
function parseStepFragment(hash, steps) {
	const match = /^step-([1-9][0-9]{0,5})$/.exec(fragmentId(hash));
	const step = match ? Number(match[1]) : 0;
	return step >= 1 && step <= steps ? step : null;
}
function parseStableFragment(hash, stepIds) {
	const match = /^step-([a-z][a-z0-9-]{0,63})$/.exec(fragmentId(hash));
	const index = match ? stepIds.indexOf(match[1]) : -1;
	return index === -1 ? null : index + 1;
}
function fragmentOf(state, stepIds = []) {
	if (state.step === 0) return "";
	return "#step-" + (stepIds[state.step - 1] || state.step);
}
function keyAction(event, rtl) {
	if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
	if (event.key === "ArrowRight" || event.key === "Right") return rtl ? "previous" : "next";
	if (event.key === "ArrowLeft" || event.key === "Left") return rtl ? "next" : "previous";
	return null;
}
// resources/src/shared/injectionKeys.ts
var mwEnvironmentKey = Symbol("trainings.mwEnvironment");
// resources/src/player/host.ts
function windowHost(win) {
	return {
		getHash: () => win.location.hash,
		replaceHash(hash) {
			const loc = win.location;
			if (hash === loc.hash || hash === "" && !loc.href.includes("#")) return;
			try {
				win.history.replaceState(win.history.state, "", loc.pathname + loc.search + hash);
			} catch (error) {}
		},
		listen(onChange) {
			win.addEventListener("hashchange", onChange);
			return () => win.removeEventListener("hashchange", onChange);
		}
	};
}
var OWNS_ARROW_KEYS = "input, textarea, select, video, audio, [contenteditable]:not([contenteditable=\"false\"]), [role=\"slider\"], [role=\"listbox\"], [role=\"menu\"], [role=\"menubar\"], [role=\"tablist\"], [role=\"radiogroup\"], [role=\"combobox\"], [role=\"grid\"], [role=\"tree\"], [role=\"textbox\"], [role=\"dialog\"]";
function ownsArrowKeys(target) {
	const el = target;
	return !!el && typeof el.closest === "function" && !!el.closest(OWNS_ARROW_KEYS);
}
// resources/src/shared/useMwEnvironment.ts
function useMwEnvironment() {
	const env = (0, vue.inject)(mwEnvironmentKey);
	if (!env) throw new Error("No MwEnvironment provided: mount the app with one.");
	return env;
}
// resources/src/player/languages.ts
var languages_exports = __exportAll({
	markStepTranslations: () => markStepTranslations,
	pageLanguageOf: () => pageLanguageOf,
	readLanguages: () => readLanguages,
	stepTranslation: () => stepTranslation,
	versionUrl: () => versionUrl
});
function readLanguages(value) {
	if (typeof value !== "object" || value === null) return null;
	const raw = value;
	if (typeof raw.shown !== "string" || typeof raw.user !== "string" || !Array.isArray(raw.versions)) return null;
	const versions = [];
	for (const item of raw.versions) {
		const v = item;
		if (v && typeof v === "object" && typeof v.code === "string" && typeof v.url === "string") versions.push({
			code: v.code,
			name: typeof v.name === "string" && v.name ? v.name : v.code,
			url: v.url,
			source: v.source === true,
			percent: typeof v.percent === "number" ? v.percent : null,
			outdated: typeof v.outdated === "number" ? v.outdated : 0
		});
	}
	const chains = raw.fallbacks;
	const codes = (v) => Array.isArray(v) && v.every((code) => typeof code === "string") ? v : null;
	const strict = chains && typeof chains === "object" ? codes(chains.strict) : null;
	const all = chains && typeof chains === "object" ? codes(chains.all) : null;
	return {
		shown: raw.shown,
		user: raw.user,
		translateUrl: typeof raw.translateUrl === "string" ? raw.translateUrl : null,
		versions,
		fallbacks: strict && all ? {
			strict,
			all
		} : null
	};
}
function versionUrl(url, fragment) {
	const hash = url.indexOf("#");
	return (hash === -1 ? url : url.slice(0, hash)) + fragment;
}
var WRAPPER_SELECTOR = "[lang].mw-content-ltr, [lang].mw-content-rtl";
function stepTranslation(section, pageLanguage) {
	const lang = pageLanguage.toLowerCase();
	return {
		untranslated: Array.prototype.some.call(section.querySelectorAll(WRAPPER_SELECTOR), (el) => (el.getAttribute("lang") || "").toLowerCase() !== lang),
		outdated: !!section.querySelector(".mw-translate-fuzzy")
	};
}
function pageLanguageOf(module) {
	const el = module.root.closest("[lang]");
	return el ? el.getAttribute("lang") || "" : "";
}
var NOTE_CLASS = "trainings-steplist-translation";
function markStepTranslations(module, labels) {
	const lang = pageLanguageOf(module);
	const marked = {};
	if (!lang) return marked;
	module.steps.forEach((step) => {
		const state = stepTranslation(step.section, lang);
		const item = step.link ? step.link.closest("li") : null;
		if (!state.untranslated && !state.outdated) return;
		marked[step.number] = state;
		if (!item || item.querySelector("." + NOTE_CLASS)) return;
		[state.outdated ? labels.outdated : "", state.untranslated ? labels.untranslated : ""].filter(Boolean).forEach((text) => {
			const note = item.ownerDocument.createElement("span");
			note.className = NOTE_CLASS;
			note.textContent = text;
			item.append(" ", note);
		});
	});
	return marked;
}
// resources/src/player/LanguageSwitcher.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$5 = { class: "trainings-player-languages" };
var _hoisted_2$4 = ["value"];
var _hoisted_3$4 = ["value", "lang"];
var _hoisted_4$4 = ["href"];
// resources/src/player/LanguageSwitcher.vue
var LanguageSwitcher_default = (0, vue.defineComponent)({
	__name: "LanguageSwitcher",
	props: {
		languages: {},
		idPrefix: {}
	},
	emits: ["select"],
	setup(__props, { emit: __emit }) {
		const props = __props;
		const emit = __emit;
		const env = useMwEnvironment();
		function msg(key, ...params) {
			return env.message(key, ...params);
		}
		const selectId = props.idPrefix + "-language";
		function optionText(version) {
			if (version.source) return msg("trainings-player-language-source", version.name);
			return version.percent === null ? version.name : msg("trainings-player-language-percent", version.name, env.formatNumber(version.percent));
		}
		function onChange(event) {
			const code = event.target.value;
			const version = props.languages.versions.find((candidate) => candidate.code === code);
			if (version && code !== props.languages.shown) emit("select", version);
		}
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1$5, [
				(0, vue.createElementVNode)("label", {
					for: selectId,
					class: "trainings-player-languages__label"
				}, (0, vue.toDisplayString)(msg("trainings-player-language-label")), 1),
				(0, vue.createElementVNode)("select", {
					id: selectId,
					class: "trainings-player-languages__select",
					value: _ctx.languages.shown,
					onChange
				}, [((0, vue.openBlock)(true), (0, vue.createElementBlock)(vue.Fragment, null, (0, vue.renderList)(_ctx.languages.versions, (version) => {
					return (0, vue.openBlock)(), (0, vue.createElementBlock)("option", {
						key: version.code,
						value: version.code,
						lang: version.code
					}, (0, vue.toDisplayString)(optionText(version)), 9, _hoisted_3$4);
				}), 128))], 40, _hoisted_2$4),
				_ctx.languages.translateUrl ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("a", {
					key: 0,
					class: "trainings-player-languages__translate",
					href: _ctx.languages.translateUrl
				}, (0, vue.toDisplayString)(msg("trainings-player-help-translate")), 9, _hoisted_4$4)) : (0, vue.createCommentVNode)("", true)
			]);
		};
	}
});
// resources/src/player/serverModule.ts
var MODULE_SELECTOR = ".trainings-module";
function readServerModule(root) {
	const stepList = root.querySelector(".trainings-steplist");
	const sections = Array.prototype.filter.call(root.querySelectorAll("section.trainings-step"), (section) => !!section.parentElement && section.parentElement.closest(".trainings-module") === root);
	if (sections.length === 0) return null;
	const steps = sections.map((section, index) => {
		const number = index + 1;
		const link = stepList ? Array.prototype.find.call(stepList.querySelectorAll("a[href]"), (a) => a.getAttribute("href") === "#" + (section.id || "step-" + number)) : void 0;
		return {
			number,
			id: section.getAttribute("data-trainings-step-id"),
			section,
			heading: section.querySelector("h2"),
			link: link || null
		};
	});
	const quizzes = [];
	const quizRoots = root.querySelectorAll(QUIZ_SELECTOR);
	Array.prototype.forEach.call(quizRoots, (quizRoot) => {
		const quiz = readServerQuiz(quizRoot);
		const step = steps.find((candidate) => candidate.section.contains(quizRoot));
		const number = quiz ? quiz.number : 0;
		if (number > 0 && !quizzes.some((other) => other.number === number)) quizzes.push({
			number,
			step: step ? step.number : 0,
			root: quizRoot
		});
	});
	const dirElement = root.closest("[dir]");
	return {
		root,
		intro: root.querySelector(".trainings-intro"),
		stepList,
		steps,
		quizzes,
		rtl: !!dirElement && dirElement.getAttribute("dir") === "rtl"
	};
}
function stepTitle(step) {
	const el = step.link || step.heading;
	return el ? (el.textContent || "").trim() : "";
}
var DONE_CLASS = "trainings-steplist-item--done";
var DONE_LABEL_CLASS = "trainings-steplist-done";
function markDoneSteps(module, done, label) {
	module.steps.forEach((step) => {
		const item = step.link ? step.link.closest("li") : null;
		if (!item) return;
		const isDone = done.includes(step.number);
		let mark = item.querySelector("." + DONE_LABEL_CLASS);
		item.classList.toggle(DONE_CLASS, isDone);
		if (!isDone) {
			if (mark) mark.remove();
			return;
		}
		if (!mark) {
			const doc = item.ownerDocument;
			mark = doc.createElement("span");
			mark.className = DONE_LABEL_CLASS;
			const check = doc.createElement("span");
			check.setAttribute("aria-hidden", "true");
			check.textContent = "✓";
			mark.append(" ", check, " ", doc.createElement("span"));
			item.appendChild(mark);
		}
		mark.lastChild.textContent = label;
	});
}
function stepOfElement(module, element) {
	if (!module.root.contains(element)) return null;
	const step = module.steps.find((candidate) => candidate.section.contains(element));
	return step ? step.number : 0;
}
function showState(module, state, showStepList) {
	const view = viewOf(state);
	if (module.intro) module.intro.hidden = view !== "intro";
	if (module.stepList) module.stepList.hidden = !(view === "intro" || view === "step" && showStepList);
	module.steps.forEach((step) => {
		const current = view === "step" && step.number === state.step;
		step.section.hidden = !current;
		if (step.link) {
			if (current) step.link.setAttribute("aria-current", "step");
			else step.link.removeAttribute("aria-current");
		}
	});
}
function showAll(module) {
	[module.intro, module.stepList].concat(module.steps.map((step) => step.section)).forEach((el) => {
		if (el) el.hidden = false;
	});
	module.steps.forEach((step) => {
		if (step.link) step.link.removeAttribute("aria-current");
	});
	markDoneSteps(module, [], "");
}
// resources/src/player/PlayerCompletion.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$4 = ["data-trainings-next-module"];
var _hoisted_2$3 = { key: 0 };
var _hoisted_3$3 = { class: "trainings-player-todo" };
var _hoisted_4$3 = ["href", "onClick"];
var _hoisted_5$1 = { key: 2 };
var _hoisted_6 = ["href"];
var _hoisted_7 = { key: 3 };
var _hoisted_8 = ["href"];
// resources/src/player/PlayerCompletion.vue
var PlayerCompletion_default = (0, vue.defineComponent)({
	__name: "PlayerCompletion",
	props: {
		module: {},
		finished: { type: Boolean },
		todo: {},
		nextModule: {},
		nextLookup: {},
		catalogUrl: {},
		idPrefix: {}
	},
	emits: ["go"],
	setup(__props, { expose: __expose, emit: __emit }) {
		const props = __props;
		const emit = __emit;
		const env = useMwEnvironment();
		const doneId = props.idPrefix + "-done";
		const heading = (0, vue.ref)(null);
		function titleOfStep(step) {
			const found = props.module.steps[step - 1];
			return found ? stepTitle(found) : "";
		}
		function todoHref(item) {
			if (item.step) return "#step-" + item.step;
			const quiz = props.module.quizzes.find((candidate) => candidate.step === 0);
			return quiz && quiz.root.id ? "#" + quiz.root.id : "#";
		}
		function todoTitle(item) {
			return item.step ? titleOfStep(item.step) : env.message("trainings-player-todo-intro");
		}
		function todoReason(item) {
			if (item.unseen && item.quizzes) return env.message("trainings-player-todo-unseen-quizzes", env.formatNumber(item.quizzes));
			return item.unseen ? env.message("trainings-player-todo-unseen") : env.message("trainings-player-todo-quizzes", env.formatNumber(item.quizzes));
		}
		__expose({ heading });
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", {
				class: "trainings-player-complete",
				"aria-labelledby": doneId,
				"data-trainings-next-module": _ctx.nextLookup,
				role: "region"
			}, [
				(0, vue.createElementVNode)("h2", {
					id: doneId,
					ref_key: "heading",
					ref: heading,
					tabindex: "-1"
				}, (0, vue.toDisplayString)(_ctx.finished ? (0, vue.unref)(env).message("trainings-player-complete-heading") : (0, vue.unref)(env).message("trainings-player-incomplete-heading")), 513),
				_ctx.finished ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_2$3, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-complete-text")), 1)) : ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 1 }, [(0, vue.createElementVNode)("p", null, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-incomplete-text")), 1), (0, vue.createElementVNode)("ul", _hoisted_3$3, [((0, vue.openBlock)(true), (0, vue.createElementBlock)(vue.Fragment, null, (0, vue.renderList)(_ctx.todo, (item) => {
					return (0, vue.openBlock)(), (0, vue.createElementBlock)("li", { key: item.step }, [(0, vue.createElementVNode)("a", {
						href: todoHref(item),
						onClick: (0, vue.withModifiers)(($event) => emit("go", item.step), ["prevent"])
					}, (0, vue.toDisplayString)(todoTitle(item)), 9, _hoisted_4$3), (0, vue.createTextVNode)(" " + (0, vue.toDisplayString)((0, vue.unref)(env).message("parentheses", todoReason(item))), 1)]);
				}), 128))])], 64)),
				_ctx.nextModule ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_5$1, [(0, vue.createElementVNode)("a", {
					class: "cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--action-progressive cdx-button--weight-primary",
					href: _ctx.nextModule.url
				}, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-next-module", _ctx.nextModule.title)), 9, _hoisted_6)])) : (0, vue.createCommentVNode)("", true),
				_ctx.catalogUrl ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_7, [(0, vue.createElementVNode)("a", { href: _ctx.catalogUrl }, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-catalog")), 9, _hoisted_8)])) : (0, vue.createCommentVNode)("", true)
			], 8, _hoisted_1$4);
		};
	}
});
// resources/src/player/PlayerHeader.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$3 = { class: "trainings-player-header" };
var _hoisted_2$2 = { class: "trainings-player-progress" };
var _hoisted_3$2 = [
	"aria-valuemax",
	"aria-valuenow",
	"aria-valuetext"
];
var _hoisted_4$2 = {
	key: 0,
	class: "trainings-player-text-only"
};
var _hoisted_5 = ["checked"];
// resources/src/player/PlayerHeader.vue
var PlayerHeader_default = (0, vue.defineComponent)({
	__name: "PlayerHeader",
	props: {
		state: {},
		video: {},
		stepListId: {},
		stepListOpen: { type: Boolean },
		idPrefix: {}
	},
	emits: ["toggle-steps"],
	setup(__props, { emit: __emit }) {
		const props = __props;
		const emit = __emit;
		const env = useMwEnvironment();
		const labelId = props.idPrefix + "-progress";
		const progressText = (0, vue.computed)(() => {
			const steps = env.formatNumber(props.state.steps);
			return props.state.completed ? env.message("trainings-player-progress-done", steps) : env.message("trainings-player-progress", env.formatNumber(props.state.step), steps);
		});
		const percent = (0, vue.computed)(() => Math.round(100 * props.state.step / props.state.steps));
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1$3, [
				(0, vue.createElementVNode)("div", _hoisted_2$2, [(0, vue.createElementVNode)("span", {
					id: labelId,
					class: "trainings-player-progress__label"
				}, (0, vue.toDisplayString)(progressText.value), 1), (0, vue.createElementVNode)("div", {
					class: "trainings-player-progress__track",
					role: "progressbar",
					"aria-valuemin": "0",
					"aria-valuemax": _ctx.state.steps,
					"aria-valuenow": _ctx.state.step,
					"aria-valuetext": progressText.value,
					"aria-labelledby": labelId
				}, [(0, vue.createElementVNode)("div", {
					class: "trainings-player-progress__bar",
					style: (0, vue.normalizeStyle)({ width: percent.value + "%" })
				}, null, 4)], 8, _hoisted_3$2)]),
				_ctx.video.hasVideo ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("label", _hoisted_4$2, [(0, vue.createElementVNode)("input", {
					type: "checkbox",
					checked: _ctx.video.textOnly.value,
					onChange: _cache[0] || (_cache[0] = ($event) => _ctx.video.setTextOnly($event.target.checked))
				}, null, 40, _hoisted_5), (0, vue.createTextVNode)(" " + (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-text-only")), 1)])) : (0, vue.createCommentVNode)("", true),
				_ctx.stepListId && !_ctx.state.completed ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
					key: 1,
					class: "trainings-player-steps-toggle",
					weight: "quiet",
					"aria-expanded": _ctx.stepListOpen ? "true" : "false",
					"aria-controls": _ctx.stepListId,
					onClick: _cache[1] || (_cache[1] = ($event) => emit("toggle-steps"))
				}, {
					default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-steps")), 1)]),
					_: 1
				}, 8, ["aria-expanded", "aria-controls"])) : (0, vue.createCommentVNode)("", true)
			]);
		};
	}
});
// resources/src/player/PlayerResume.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$2 = {
	key: 0,
	class: "trainings-player-resume__text"
};
var _hoisted_2$1 = (0, vue.createElementVNode)("span", { "aria-hidden": "true" }, "✓", -1);
var _hoisted_3$1 = { class: "trainings-player-resume__text" };
var _hoisted_4$1 = { class: "trainings-player-resume__actions" };
// resources/src/player/PlayerResume.vue
var PlayerResume_default = (0, vue.defineComponent)({
	__name: "PlayerResume",
	props: {
		completedBefore: { type: Boolean },
		resumeAt: {},
		steps: {},
		stepTitle: {}
	},
	emits: ["go"],
	setup(__props, { emit: __emit }) {
		const emit = __emit;
		const env = useMwEnvironment();
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", { class: (0, vue.normalizeClass)(["trainings-player-resume", { "trainings-player-resume--done": _ctx.completedBefore }]) }, [_ctx.completedBefore ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_1$2, [_hoisted_2$1, (0, vue.createTextVNode)(" " + (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-resume-completed")), 1)])) : ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 1 }, [(0, vue.createElementVNode)("p", _hoisted_3$1, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-resume-text", (0, vue.unref)(env).formatNumber(_ctx.resumeAt), (0, vue.unref)(env).formatNumber(_ctx.steps), _ctx.stepTitle)), 1), (0, vue.createElementVNode)("div", _hoisted_4$1, [(0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxButton), {
				class: "trainings-player-continue",
				action: "progressive",
				weight: "primary",
				onClick: _cache[0] || (_cache[0] = ($event) => emit("go", _ctx.resumeAt))
			}, {
				default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-continue")), 1)]),
				_: 1
			}), (0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxButton), {
				class: "trainings-player-restart",
				onClick: _cache[1] || (_cache[1] = ($event) => emit("go", 1))
			}, {
				default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-restart")), 1)]),
				_: 1
			})])], 64))], 2);
		};
	}
});
// resources/src/feedback/feedback.ts
var FEEDBACK_KINDS = [
	"unclear",
	"outdated",
	"broken"
];
function allowsComment(env) {
	return env.config("wgUserName", null) !== null || env.config("wgTrainingsFeedbackAnonymousComments", false);
}
function sendFeedback(env, module, step, kind, comment) {
	const trimmed = comment.trim();
	return env.apiPost({
		action: "trainingfeedback",
		module,
		step,
		kind,
		comment: trimmed || void 0
	}).then(() => void 0);
}
function describeError(error) {
	if (error instanceof ApiRequestError) return error.message;
	return String(error);
}
// resources/src/feedback/FeedbackControl.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$1 = {
	class: "trainings-feedback",
	"aria-live": "polite"
};
var _hoisted_2 = {
	key: 0,
	class: "trainings-feedback__thanks"
};
var _hoisted_3 = [
	"maxlength",
	"aria-label",
	"placeholder"
];
var _hoisted_4 = {
	key: 1,
	class: "trainings-feedback__error",
	role: "alert"
};
// resources/src/feedback/FeedbackControl.vue
var FeedbackControl_default = (0, vue.defineComponent)({
	__name: "FeedbackControl",
	props: {
		step: {},
		idPrefix: {}
	},
	setup(__props) {
		const props = __props;
		const env = useMwEnvironment();
		function msg(key, ...params) {
			return env.message(key, ...params);
		}
		const promptId = props.idPrefix + "-feedback-" + props.step;
		const withComment = allowsComment(env);
		const comment = (0, vue.ref)("");
		const sending = (0, vue.ref)(false);
		const sent = (0, vue.ref)(false);
		const error = (0, vue.ref)("");
		function send(kind) {
			sending.value = true;
			error.value = "";
			sendFeedback(env, env.config("wgPageName", ""), props.step, kind, withComment ? comment.value : "").then(() => {
				sent.value = true;
			}, (failure) => {
				error.value = describeError(failure);
			}).then(() => {
				sending.value = false;
			});
		}
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1$1, [sent.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_2, (0, vue.toDisplayString)(msg("trainings-feedback-thanks")), 1)) : ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 1 }, [
				(0, vue.createElementVNode)("span", {
					id: promptId,
					class: "trainings-feedback__prompt"
				}, (0, vue.toDisplayString)(msg("trainings-feedback-prompt")), 1),
				(0, vue.unref)(withComment) ? (0, vue.withDirectives)(((0, vue.openBlock)(), (0, vue.createElementBlock)("input", {
					key: 0,
					"onUpdate:modelValue": _cache[0] || (_cache[0] = ($event) => comment.value = $event),
					class: "trainings-feedback__comment",
					type: "text",
					maxlength: (0, vue.unref)(500),
					"aria-label": msg("trainings-feedback-comment-label"),
					placeholder: msg("trainings-feedback-comment-label")
				}, null, 8, _hoisted_3)), [[vue.vModelText, comment.value]]) : (0, vue.createCommentVNode)("", true),
				(0, vue.createElementVNode)("span", {
					role: "group",
					class: "trainings-feedback__kinds",
					"aria-labelledby": promptId
				}, [((0, vue.openBlock)(true), (0, vue.createElementBlock)(vue.Fragment, null, (0, vue.renderList)((0, vue.unref)(FEEDBACK_KINDS), (kind) => {
					return (0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
						key: kind,
						class: (0, vue.normalizeClass)("trainings-feedback__kind trainings-feedback__kind--" + kind),
						weight: "quiet",
						disabled: sending.value,
						onClick: ($event) => send(kind)
					}, {
						default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-feedback-kind-" + kind)), 1)]),
						_: 2
					}, 1032, [
						"class",
						"disabled",
						"onClick"
					]);
				}), 128))]),
				error.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_4, (0, vue.toDisplayString)(msg("trainings-feedback-failed", error.value)), 1)) : (0, vue.createCommentVNode)("", true)
			], 64))]);
		};
	}
});
// resources/src/shared/languageChoice.ts
function candidateLanguages(chains, source) {
	const all = chains.strict.concat([source], chains.all);
	return all.filter((code, i) => code !== "" && all.indexOf(code) === i);
}
function firstAvailable(available, candidates) {
	return candidates.find((code) => available.includes(code)) || null;
}
// resources/src/player/videoSteps.ts
var videoSteps_exports = __exportAll({
	TEXT_ONLY_CLASS: () => TEXT_ONLY_CLASS,
	TEXT_ONLY_KEY: () => TEXT_ONLY_KEY,
	pickSubtitles: () => pickSubtitles,
	videoSteps: () => videoSteps
});
var TEXT_ONLY_KEY = "trainings-text-only";
var TEXT_ONLY_CLASS = "trainings-module--text-only";
function pickSubtitles(available, chains, source, fallback) {
	return firstAvailable(available, chains ? candidateLanguages(chains, source) : [fallback, source]);
}
function selectSubtitles(video, choose) {
	const tracks = Array.prototype.slice.call(video.querySelectorAll("track"));
	const code = choose(tracks.map((track) => track.srclang));
	tracks.forEach((track) => {
		const chosen = track.srclang === code;
		track.default = chosen;
		if (track.track) track.track.mode = chosen ? "showing" : "disabled";
	});
}
function videoSteps(module, storage, choose) {
	const videos = module.steps.map((step) => Array.prototype.slice.call(step.section.querySelectorAll("video")));
	videos.forEach((list) => list.forEach((video) => {
		video.autoplay = false;
		video.removeAttribute("autoplay");
		video.preload = "none";
	}));
	const hasVideo = videos.some((list) => list.length > 0);
	const textOnly = (0, vue.ref)(hasVideo && storage.get("trainings-text-only") === "1");
	let current = 0;
	function apply() {
		module.root.classList.toggle(TEXT_ONLY_CLASS, textOnly.value);
		videos.forEach((list, index) => list.forEach((video) => {
			if (index + 1 !== current || textOnly.value) video.pause();
			else {
				const poster = video.getAttribute("data-trainings-poster");
				if (poster && !video.getAttribute("poster")) video.setAttribute("poster", poster);
				selectSubtitles(video, choose);
			}
		}));
	}
	if (hasVideo) module.root.classList.toggle(TEXT_ONLY_CLASS, textOnly.value);
	return {
		hasVideo,
		textOnly,
		setTextOnly(on) {
			textOnly.value = on;
			if (on) storage.set(TEXT_ONLY_KEY, "1");
			else storage.remove(TEXT_ONLY_KEY);
			apply();
		},
		show(step) {
			current = step;
			if (hasVideo) apply();
		}
	};
}
// resources/src/player/playerProgress.ts
var playerProgress_exports = __exportAll({
	doneSteps: () => doneSteps,
	moduleLayout: () => moduleLayout,
	resumeStep: () => resumeStep,
	stepsToDo: () => stepsToDo
});
function stepsToDo(progress, steps, quizzes) {
	const missing = missingProgress(progress, steps, quizzes.map((quiz) => quiz.number));
	const todo = [];
	for (let step = 0; step <= steps; step++) {
		const unseen = missing.steps.includes(step);
		const open = quizzes.filter((quiz) => quiz.step === step && missing.quizzes.includes(quiz.number)).length;
		if (unseen || open) todo.push({
			step,
			unseen,
			quizzes: open
		});
	}
	return todo;
}
function doneSteps(progress, steps, quizzes) {
	if (!progress) return [];
	const todo = stepsToDo(progress, steps, quizzes);
	return progress.seen.filter((step) => step <= steps && !todo.some((item) => item.step === step));
}
function resumeStep(progress, steps) {
	if (!progress || isCompleted(progress) || progress.step < 1) return 0;
	return Math.min(progress.step, steps);
}
function moduleLayout(module) {
	const steps = module.steps.map((step) => step.id);
	const quizzes = [];
	module.quizzes.forEach((quiz, i) => {
		const n = module.quizzes.slice(0, i).filter((q) => q.step === quiz.step).length;
		quizzes[quiz.number - 1] = (quiz.step ? steps[quiz.step - 1] : "") + ":" + (n + 1);
	});
	return steps.includes(null) ? void 0 : steps.join("|") + ";" + quizzes.join("|");
}
// resources/src/player/usePlayerProgress.ts
function usePlayerProgress(module, store, state, env) {
	const base = (0, vue.shallowRef)(null);
	const updates = (0, vue.shallowRef)([]);
	const quizNumbers = module.quizzes.map((quiz) => quiz.number);
	const key = Object.assign({
		module: "",
		language: "",
		layout: moduleLayout(module)
	}, store && store.key);
	const now = (0, vue.computed)(() => store ? updates.value.reduce((sum, update) => applyUpdate(sum, key, update, Date.now()), base.value) : null);
	const moved = (0, vue.ref)(false);
	const completedBefore = (0, vue.computed)(() => !moved.value && isCompleted(base.value));
	const resumeAt = (0, vue.computed)(() => moved.value ? 0 : resumeStep(base.value, state.value.steps));
	const todo = (0, vue.computed)(() => stepsToDo(now.value, state.value.steps, module.quizzes));
	const finished = (0, vue.computed)(() => !store || isCompleted(now.value) || todo.value.length === 0);
	function record(update) {
		if (!store) return;
		const full = Object.assign({
			steps: state.value.steps,
			quizzes: quizNumbers
		}, update);
		updates.value = updates.value.concat([full]);
		store.store.record(key, full).catch((error) => env.logError(error, "error.trainings"));
	}
	function onQuizCheck(event) {
		const detail = event.detail;
		if (detail && isAnsweredOutcome(detail.outcome) && quizNumbers.includes(detail.quiz)) {
			const { quiz: number, outcome, options } = detail;
			record({ quiz: {
				number,
				outcome,
				options
			} });
		}
	}
	if (store) {
		store.store.get(key).then((saved) => {
			base.value = saved;
		}, (error) => env.logError(error, "error.trainings"));
		(0, vue.watchEffect)(() => {
			markDoneSteps(module, doneSteps(now.value, state.value.steps, module.quizzes), env.message("trainings-player-step-done"));
		});
	}
	return {
		now,
		moved,
		completedBefore,
		resumeAt,
		todo,
		finished,
		record,
		onQuizCheck
	};
}
function swipeAction(dx, dy, rtl) {
	if (Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(dy)) return null;
	return (rtl ? dx > 0 : dx < 0) ? "next" : "previous";
}
var SWIPES_CLASS = "trainings-swipes";
var OWNS_GESTURES = "input, textarea, select, video, audio, [contenteditable]:not([contenteditable=\"false\"]), [role=\"slider\"]";
function scrollsSideways(target, root) {
	const win = root.ownerDocument.defaultView;
	for (let el = target; el && el !== root; el = el.parentElement) if (el.scrollWidth > el.clientWidth + 1 && win) {
		const overflow = win.getComputedStyle(el).overflowX;
		if (overflow === "auto" || overflow === "scroll") return true;
	}
	return false;
}
function mayStartSwipe(event, root) {
	const win = root.ownerDocument.defaultView;
	const target = event.target;
	return !(event.touches.length !== 1 || !target || typeof target.closest !== "function" || target.closest(OWNS_GESTURES) || scrollsSideways(target, root) || win && win.visualViewport && win.visualViewport.scale > 1.01);
}
function selectsText(doc) {
	const selection = doc.getSelection();
	return !!selection && !selection.isCollapsed && !!selection.toString().trim();
}
function listenForSwipes(root, rtl, onSwipe) {
	const doc = root.ownerDocument;
	let start = null;
	function onStart(event) {
		start = null;
		doc.documentElement.classList.add(SWIPES_CLASS);
		if (!mayStartSwipe(event, root)) return;
		const touch = event.touches[0];
		start = {
			x: touch.clientX,
			y: touch.clientY,
			time: Date.now()
		};
	}
	function onMove(event) {
		if (event.touches.length > 1) start = null;
	}
	function onEnd(event) {
		const began = start;
		start = null;
		const touch = event.changedTouches[0];
		if (!began || !touch || Date.now() - began.time > 800) return;
		if (selectsText(doc)) return;
		const action = swipeAction(touch.clientX - began.x, touch.clientY - began.y, rtl);
		if (action) onSwipe(action);
	}
	function onCancel() {
		start = null;
	}
	const passive = { passive: true };
	root.addEventListener("touchstart", onStart, passive);
	root.addEventListener("touchmove", onMove, passive);
	root.addEventListener("touchend", onEnd, passive);
	root.addEventListener("touchcancel", onCancel, passive);
	return () => {
		doc.documentElement.classList.remove(SWIPES_CLASS);
		root.removeEventListener("touchstart", onStart);
		root.removeEventListener("touchmove", onMove);
		root.removeEventListener("touchend", onEnd);
		root.removeEventListener("touchcancel", onCancel);
	};
}
// resources/src/player/usePlayerInput.ts
function resolveFragment(module, hash) {
	const numbered = parseStepFragment(hash, module.steps.length);
	const step = numbered !== null ? numbered : parseStableFragment(hash, module.steps.map((candidate) => candidate.id));
	if (step !== null) return {
		step,
		target: null
	};
	const id = fragmentId(hash);
	const target = id ? module.root.ownerDocument.getElementById(id) : null;
	const found = target ? stepOfElement(module, target) : null;
	return found === null ? null : {
		step: found,
		target
	};
}
function usePlayerInput(module, host, handlers) {
	const doc = module.root.ownerDocument;
	function onKeyDown(event) {
		if (event.defaultPrevented || ownsArrowKeys(event.target)) return;
		const action = keyAction(event, module.rtl);
		if (action && handlers.move(action)) event.preventDefault();
	}
	const stopListening = host.listen(handlers.onHashChange);
	doc.addEventListener("keydown", onKeyDown);
	const stopSwipes = listenForSwipes(module.root, module.rtl, (action) => {
		handlers.move(action);
	});
	module.root.addEventListener(QUIZ_CHECK_EVENT, handlers.onQuizCheck);
	(0, vue.onBeforeUnmount)(() => {
		stopListening();
		stopSwipes();
		doc.removeEventListener("keydown", onKeyDown);
		module.root.removeEventListener(QUIZ_CHECK_EVENT, handlers.onQuizCheck);
		showAll(module);
	});
}
// resources/src/player/useNextModule.ts
function useNextModule(finder, env) {
	const nextModule = (0, vue.shallowRef)(null);
	const nextLookup = (0, vue.ref)("idle");
	function find() {
		if (!finder || nextModule.value || nextLookup.value === "pending") return;
		nextLookup.value = "pending";
		Promise.resolve(finder()).then((found) => {
			nextModule.value = found;
			nextLookup.value = "done";
		}, (error) => {
			nextLookup.value = "done";
			env.logError(error, "error.trainings");
		});
	}
	return {
		nextModule,
		nextLookup,
		find
	};
}
// resources/src/player/ModulePlayer.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1 = { class: "trainings-player-nav" };
// resources/src/player/ModulePlayer.vue
var ModulePlayer_default = (0, vue.defineComponent)({
	__name: "ModulePlayer",
	props: {
		module: {},
		footer: {},
		host: {},
		catalogUrl: {},
		findNextModule: { type: Function },
		progress: {},
		languages: {},
		navigate: { type: Function }
	},
	emits: ["change", "complete"],
	setup(__props, { expose: __expose, emit: __emit }) {
		const props = __props;
		const emit = __emit;
		const env = useMwEnvironment();
		function msg(key, ...params) {
			return env.message(key, ...params);
		}
		const doc = props.module.root.ownerDocument;
		const idPrefix = props.module.root.id || "trainings-player";
		const stepList = props.module.stepList;
		const stepListId = stepList ? stepList.id || (stepList.id = "trainings-steplist") : "";
		const stepListOpen = (0, vue.ref)(false);
		const completion = (0, vue.ref)(null);
		const header = (0, vue.ref)(null);
		const initial = resolveFragment(props.module, props.host.getHash());
		const stepIds = props.module.steps.map((step) => step.id);
		const state = (0, vue.shallowRef)(stateAt(props.module.steps.length, initial ? initial.step : 0));
		const view = (0, vue.computed)(() => viewOf(state.value));
		const learner = usePlayerProgress(props.module, props.progress, state, env);
		const next$1 = useNextModule(props.findNextModule, env);
		markStepTranslations(props.module, {
			untranslated: msg("trainings-player-step-untranslated"),
			outdated: msg("trainings-player-step-outdated")
		});
		function switchLanguage(version) {
			const url = versionUrl(version.url, fragmentOf(state.value, stepIds));
			if (props.navigate) props.navigate(url);
			else window.location.assign(url);
		}
		function titleOfStep(step) {
			const found = props.module.steps[step - 1];
			return found ? stepTitle(found) : "";
		}
		props.module.steps.forEach((step) => {
			if (step.heading && !step.heading.hasAttribute("tabindex")) step.heading.setAttribute("tabindex", "-1");
		});
		if (props.module.intro && !props.module.intro.hasAttribute("tabindex")) props.module.intro.setAttribute("tabindex", "-1");
		showState(props.module, state.value, stepListOpen.value);
		const video = videoSteps(props.module, env.localStorage(), (available) => {
			const languages = props.languages;
			const source = languages && languages.versions.find((version) => version.source);
			const shown = languages ? languages.shown : doc.documentElement.lang;
			return pickSubtitles(available, languages ? languages.fallbacks || null : null, source ? source.code : shown, shown);
		});
		video.show(state.value.completed ? 0 : state.value.step);
		if (state.value.step > 0) learner.record({ step: state.value.step });
		(0, vue.onMounted)(() => {
			if (initial && initial.target) scrollIntoView(initial.target);
			else if (initial && header.value) scrollIntoView(header.value.$el, true);
		});
		function scrollIntoView(el, nearest = false) {
			if (typeof el.scrollIntoView === "function") el.scrollIntoView(nearest ? { block: "nearest" } : void 0);
		}
		async function focusView() {
			let target;
			if (state.value.completed) {
				await (0, vue.nextTick)();
				target = completion.value ? completion.value.heading : null;
			} else if (state.value.step === 0) target = props.module.intro;
			else {
				const step = props.module.steps[state.value.step - 1];
				target = step.heading || step.section;
			}
			if (target) target.focus();
		}
		function go(newState, updateAddress = true) {
			if (newState === state.value) return Promise.resolve();
			const wasCompleted = state.value.completed;
			state.value = newState;
			learner.moved.value = true;
			stepListOpen.value = false;
			showState(props.module, newState, false);
			video.show(newState.completed ? 0 : newState.step);
			if (updateAddress) props.host.replaceHash(fragmentOf(newState, stepIds));
			if (!newState.completed && newState.step > 0) learner.record({ step: newState.step });
			emit("change", newState);
			if (newState.completed && !wasCompleted) {
				emit("complete");
				next$1.find();
			}
			return focusView();
		}
		function goToStep(step) {
			go(stateAt(state.value.steps, step));
		}
		function toggleStepList() {
			stepListOpen.value = !stepListOpen.value;
			showState(props.module, state.value, stepListOpen.value);
		}
		usePlayerInput(props.module, props.host, {
			onHashChange() {
				const found = resolveFragment(props.module, props.host.getHash());
				if (!found) return;
				if (found.step !== state.value.step || state.value.completed) go(stateAt(state.value.steps, found.step), false).then(() => {
					if (found.target) scrollIntoView(found.target);
				});
				else if (found.target) scrollIntoView(found.target);
			},
			move(action) {
				const newState = action === "next" ? next(state.value) : previous(state.value);
				if (newState === state.value) return false;
				go(newState);
				return true;
			},
			onQuizCheck: learner.onQuizCheck
		});
		__expose({
			go,
			state,
			progress: learner.now
		});
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, null, [
				_ctx.languages && _ctx.languages.versions.length > 1 ? ((0, vue.openBlock)(), (0, vue.createBlock)(LanguageSwitcher_default, {
					key: 0,
					languages: _ctx.languages,
					"id-prefix": (0, vue.unref)(idPrefix),
					onSelect: switchLanguage
				}, null, 8, ["languages", "id-prefix"])) : (0, vue.createCommentVNode)("", true),
				view.value === "intro" && ((0, vue.unref)(learner).resumeAt.value || (0, vue.unref)(learner).completedBefore.value) ? ((0, vue.openBlock)(), (0, vue.createBlock)(PlayerResume_default, {
					key: 1,
					"completed-before": (0, vue.unref)(learner).completedBefore.value,
					"resume-at": (0, vue.unref)(learner).resumeAt.value,
					steps: state.value.steps,
					"step-title": titleOfStep((0, vue.unref)(learner).resumeAt.value),
					onGo: goToStep
				}, null, 8, [
					"completed-before",
					"resume-at",
					"steps",
					"step-title"
				])) : (0, vue.createCommentVNode)("", true),
				view.value !== "intro" ? ((0, vue.openBlock)(), (0, vue.createBlock)(PlayerHeader_default, {
					key: 2,
					ref_key: "header",
					ref: header,
					state: state.value,
					video: (0, vue.unref)(video),
					"step-list-id": (0, vue.unref)(stepListId),
					"step-list-open": stepListOpen.value,
					"id-prefix": (0, vue.unref)(idPrefix),
					onToggleSteps: toggleStepList
				}, null, 8, [
					"state",
					"video",
					"step-list-id",
					"step-list-open",
					"id-prefix"
				])) : (0, vue.createCommentVNode)("", true),
				((0, vue.openBlock)(), (0, vue.createBlock)(vue.Teleport, { to: _ctx.footer }, [
					view.value === "complete" ? ((0, vue.openBlock)(), (0, vue.createBlock)(PlayerCompletion_default, {
						key: 0,
						ref_key: "completion",
						ref: completion,
						module: _ctx.module,
						finished: (0, vue.unref)(learner).finished.value,
						todo: (0, vue.unref)(learner).todo.value,
						"next-module": (0, vue.unref)(next$1).nextModule.value,
						"next-lookup": (0, vue.unref)(next$1).nextLookup.value,
						"catalog-url": _ctx.catalogUrl,
						"id-prefix": (0, vue.unref)(idPrefix),
						onGo: goToStep
					}, null, 8, [
						"module",
						"finished",
						"todo",
						"next-module",
						"next-lookup",
						"catalog-url",
						"id-prefix"
					])) : (0, vue.createCommentVNode)("", true),
					view.value === "step" ? ((0, vue.openBlock)(), (0, vue.createBlock)(FeedbackControl_default, {
						key: state.value.step,
						step: state.value.step,
						"id-prefix": (0, vue.unref)(idPrefix)
					}, null, 8, ["step", "id-prefix"])) : (0, vue.createCommentVNode)("", true),
					(0, vue.createElementVNode)("div", _hoisted_1, [view.value !== "intro" ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
						key: 0,
						class: "trainings-player-previous",
						onClick: _cache[0] || (_cache[0] = ($event) => go((0, vue.unref)(previous)(state.value)))
					}, {
						default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-player-previous")), 1)]),
						_: 1
					})) : (0, vue.createCommentVNode)("", true), view.value === "intro" ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
						key: 1,
						class: "trainings-player-start",
						action: "progressive",
						weight: "primary",
						onClick: _cache[1] || (_cache[1] = ($event) => go((0, vue.unref)(next)(state.value)))
					}, {
						default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-player-start")), 1)]),
						_: 1
					})) : (0, vue.unref)(canComplete)(state.value) ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
						key: 2,
						class: "trainings-player-finish",
						action: "progressive",
						weight: "primary",
						onClick: _cache[2] || (_cache[2] = ($event) => go((0, vue.unref)(complete)(state.value)))
					}, {
						default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-player-finish")), 1)]),
						_: 1
					})) : view.value === "step" ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
						key: 3,
						class: "trainings-player-next",
						action: "progressive",
						weight: "primary",
						onClick: _cache[3] || (_cache[3] = ($event) => go((0, vue.unref)(next)(state.value)))
					}, {
						default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-player-next")), 1)]),
						_: 1
					})) : (0, vue.createCommentVNode)("", true)])
				], 8, ["to"]))
			], 64);
		};
	}
});
// resources/src/player/clearOfBar.ts
var BAR = ".trainings-player-nav";
var CHECK = ".trainings-quiz-check";
var GAP = 8;
function uncover(element, bar) {
	const box = element.getBoundingClientRect();
	const barBox = bar.getBoundingClientRect();
	const over = box.bottom > barBox.top && box.top < barBox.bottom;
	const fits = box.height > 0 && box.height < barBox.top;
	if (over && fits && getComputedStyle(bar).position === "sticky") element.ownerDocument.defaultView.scrollBy(0, box.bottom - barBox.top + GAP);
}
function keepClearOfBar(root) {
	const onEvent = (event) => {
		const bar = root.querySelector(BAR);
		const target = event.target;
		if (!bar || bar.contains(target)) return;
		const quiz = event.type === "change" ? target.closest(".trainings-quiz") : null;
		uncover(quiz && quiz.querySelector(CHECK) || target, bar);
	};
	root.addEventListener("focusin", onEvent);
	root.addEventListener("change", onEvent);
}
// resources/src/player/mountPlayer.ts
function mountPlayer(root, env, options = {}) {
	const module = readServerModule(root);
	if (!module) return null;
	const doc = root.ownerDocument;
	const header = doc.createElement("div");
	const footer = doc.createElement("div");
	header.className = "trainings-player";
	footer.className = "trainings-player trainings-player-footer";
	root.insertBefore(header, root.firstChild);
	root.appendChild(footer);
	const app = (options.createApp || vue.createApp)(ModulePlayer_default, {
		module: (0, vue.markRaw)(module),
		footer: (0, vue.markRaw)(footer),
		host: options.host || windowHost(window),
		catalogUrl: options.catalogUrl,
		findNextModule: options.findNextModule,
		progress: options.progress,
		languages: options.languages ? (0, vue.markRaw)(options.languages) : null,
		navigate: options.navigate,
		onChange: options.onChange,
		onComplete: options.onComplete
	});
	app.provide(mwEnvironmentKey, env);
	app.config.errorHandler = (error) => env.logError(error, "error.vue");
	app.mount(header);
	root.classList.add("trainings-module--player");
	keepClearOfBar(root);
	return app;
}
// resources/src/player/nextModule.ts
var nextModule_exports = __exportAll({
	COURSE_PROP: () => COURSE_PROP,
	NS_TRAINING: () => NS_TRAINING,
	baseModuleKey: () => baseModuleKey,
	nextModuleQuery: () => nextModuleQuery,
	pickNextModule: () => pickNextModule
});
var NS_TRAINING = 1640;
var COURSE_PROP = "trainings-course";
function baseModuleKey(title, contentLanguage) {
	const key = title.replace(/ /g, "_");
	const suffix = contentLanguage ? "/" + contentLanguage : "";
	return suffix && key.length > suffix.length && key.slice(-suffix.length) === suffix ? key.slice(0, -suffix.length) : key;
}
function nextModuleQuery(moduleKey) {
	return {
		action: "query",
		generator: "backlinks",
		gbltitle: "Training:" + moduleKey,
		gblnamespace: NS_TRAINING,
		gbllimit: 50,
		prop: "pageprops",
		ppprop: COURSE_PROP,
		formatversion: 2
	};
}
function pickNextModule(response, moduleKey) {
	const query = isObject(response) ? response.query : null;
	const pages = isObject(query) && Array.isArray(query.pages) ? query.pages : [];
	const wanted = moduleKey.replace(/ /g, "_");
	const candidates = [];
	for (const page of pages) {
		if (!isObject(page) || !isObject(page.pageprops)) continue;
		const prop = page.pageprops[COURSE_PROP];
		if (typeof prop !== "string" || prop === "") continue;
		const entries = prop.split("|").map((entry) => entry.trim().replace(/ /g, "_"));
		const index = entries.indexOf(wanted);
		const next = index === -1 ? "" : entries[index + 1] || "";
		if (next) candidates.push({
			title: typeof page.title === "string" ? page.title : "",
			next
		});
	}
	candidates.sort((a, b) => a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
	return candidates.length ? candidates[0].next : null;
}
function isObject(value) {
	return typeof value === "object" && value !== null;
}
// resources/src/player/quizLabels.ts
function quizLabels(environment) {
	return {
		check: environment.message("trainings-quiz-check"),
		tryAgain: environment.message("trainings-quiz-try-again"),
		right: environment.message("trainings-quiz-outcome-right"),
		partial: environment.message("trainings-quiz-outcome-partial"),
		wrong: environment.message("trainings-quiz-outcome-wrong"),
		empty: environment.message("trainings-quiz-outcome-empty"),
		verdictRight: environment.message("trainings-quiz-verdict-right"),
		verdictWrong: environment.message("trainings-quiz-verdict-wrong")
	};
}
// resources/src/player/init.ts
var env = createMwEnvironment(mw);
function findNextModule() {
	const moduleKey = baseModuleKey(env.config("wgTitle", ""), env.config("wgPageContentLanguage", ""));
	if (!moduleKey) return Promise.resolve(null);
	return Promise.resolve(mw.loader.using("mediawiki.api")).then(() => new mw.Api().get(nextModuleQuery(moduleKey))).then((response) => {
		const next = pickNextModule(response, moduleKey);
		return next ? {
			title: next.replace(/_/g, " "),
			url: mw.util.getUrl("Special:MyLanguage/Training:" + next)
		} : null;
	}).catch(() => null);
}
mw.hook("wikipage.content").add(($content) => {
	$content.each((_i, content) => {
		enhanceQuizzes(content, quizLabels(env));
	});
});
function mountPlayers() {
	const modules = env.config("wgAction", "view") === "view" ? document.querySelectorAll(MODULE_SELECTOR) : [];
	const progressKey = {
		module: baseModuleKey(env.config("wgTitle", ""), env.config("wgPageContentLanguage", "")),
		language: env.config("wgPageContentLanguage", ""),
		revision: env.config("wgRevisionId", 0)
	};
	const progressStore = modules.length && progressKey.module ? createLearnerProgressStore(env, window) : null;
	Array.prototype.forEach.call(modules, (root) => {
		try {
			mountPlayer(root, env, {
				createApp: vue.createMwApp,
				catalogUrl: mw.util.getUrl("Special:Trainings"),
				findNextModule,
				languages: readLanguages(env.config("wgTrainingsLanguages", null)),
				progress: progressStore && root === modules[0] ? {
					store: progressStore,
					key: progressKey
				} : void 0,
				onComplete: () => mw.hook("trainings.player.complete").fire(root)
			});
		} catch (error) {
			env.logError(error, "error.trainings");
		}
	});
}
whenDocumentParsed(document, mountPlayers);
exports.createMwEnvironment = createMwEnvironment;
Object.defineProperty(exports, "languages", {
	enumerable: true,
	get: function() {
		return languages_exports;
	}
});
exports.mountPlayer = mountPlayer;
Object.defineProperty(exports, "nextModule", {
	enumerable: true,
	get: function() {
		return nextModule_exports;
	}
});
Object.defineProperty(exports, "playerProgress", {
	enumerable: true,
	get: function() {
		return playerProgress_exports;
	}
});
Object.defineProperty(exports, "playerState", {
	enumerable: true,
	get: function() {
		return playerState_exports;
	}
});
Object.defineProperty(exports, "progress", {
	enumerable: true,
	get: function() {
		return progress_exports;
	}
});
Object.defineProperty(exports, "quiz", {
	enumerable: true,
	get: function() {
		return quiz_exports;
	}
});
exports.quizLabels = quizLabels;
exports.readServerModule = readServerModule;
exports.stepOfElement = stepOfElement;
Object.defineProperty(exports, "videoSteps", {
	enumerable: true,
	get: function() {
		return videoSteps_exports;
	}
});
