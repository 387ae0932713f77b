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
// resources/src/course/enhanceCourse.ts
var COURSE_SELECTOR = "ol.trainings-course";
var ADDED_CLASS = "trainings-course-added";
var STATE_CLASSES = {
	completed: "trainings-course-added trainings-course-status trainings-course-status--completed",
	"in-progress": "trainings-course-added trainings-course-status trainings-course-status--in-progress",
	"not-started": "trainings-course-added trainings-course-status trainings-course-status--not-started"
};
var CONTINUE_CLASSES = "cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--action-progressive cdx-button--weight-primary trainings-course-continue";
function readCourse(list) {
	const items = [];
	Array.prototype.forEach.call(list.children, (item) => {
		const module = item.getAttribute("data-trainings-module");
		if (module) items.push({
			module,
			item,
			link: item.querySelector("a[href]")
		});
	});
	return items;
}
function continueHref(link, progress) {
	const href = link.getAttribute("href") || "";
	return progress.state === "in-progress" && progress.step > 0 && !href.includes("#") ? href + "#step-" + progress.step : href;
}
function clearCourseProgress(list) {
	const before = list.previousElementSibling;
	if (before && before.classList.contains(ADDED_CLASS)) before.remove();
	Array.prototype.forEach.call(list.querySelectorAll("." + ADDED_CLASS), (el) => el.remove());
	readCourse(list).forEach(({ item }) => item.removeAttribute("data-trainings-progress"));
}
function showCourseProgress(list, progress, env) {
	clearCourseProgress(list);
	const doc = list.ownerDocument;
	const items = readCourse(list);
	items.forEach(({ item }, i) => {
		const state = progress.modules[i];
		const status = doc.createElement("span");
		status.className = STATE_CLASSES[state.state];
		status.appendChild(doc.createTextNode(" "));
		if (state.state === "completed") {
			const check = doc.createElement("span");
			check.setAttribute("aria-hidden", "true");
			check.textContent = "✓ ";
			status.appendChild(check);
		}
		status.appendChild(doc.createTextNode(stateText(env, state)));
		item.setAttribute("data-trainings-progress", state.state);
		item.appendChild(status);
	});
	const box = doc.createElement("div");
	box.className = `${ADDED_CLASS} trainings-course-progress`;
	const summary = doc.createElement("p");
	summary.className = "trainings-course-summary";
	summary.textContent = env.message("trainings-course-progress-summary", env.formatNumber(progress.completed), env.formatNumber(items.length));
	box.appendChild(summary);
	const next = progress.next === -1 ? null : items[progress.next];
	if (next && next.link) {
		const state = progress.modules[progress.next];
		const label = (next.link.textContent || "").trim();
		const p = doc.createElement("p");
		const a = doc.createElement("a");
		a.className = CONTINUE_CLASSES;
		a.href = continueHref(next.link, state);
		a.textContent = progress.started ? env.message("trainings-course-continue", label) : env.message("trainings-course-start", label);
		p.appendChild(a);
		box.appendChild(p);
	}
	if (list.parentNode) list.parentNode.insertBefore(box, list);
}
function enhanceCourses(container, store, env) {
	const lists = Array.prototype.slice.call(container.querySelectorAll(COURSE_SELECTOR));
	if (!lists.length) return Promise.resolve();
	const modules = [];
	lists.forEach((list) => {
		readCourse(list).forEach((item) => modules.push(item.module));
	});
	return store.list(modules).then((records) => {
		const language = env.config("wgUserLanguage", "");
		lists.forEach((list) => {
			showCourseProgress(list, courseProgress(readCourse(list).map((item) => item.module), records, language), env);
		});
	});
}
// resources/src/course/init.ts
var env = createMwEnvironment(mw);
if (env.config("wgAction", "view") === "view") {
	const store = createLearnerProgressStore(env, window);
	whenDocumentParsed(document, () => {
		enhanceCourses(document, store, env).catch((error) => env.logError(error, "error.trainings"));
	});
}
exports.courseProgress = courseProgress;
exports.createMwEnvironment = createMwEnvironment;
exports.enhanceCourses = enhanceCourses;
Object.defineProperty(exports, "progress", {
	enumerable: true,
	get: function() {
		return progress_exports;
	}
});
exports.showCourseProgress = showCourseProgress;
