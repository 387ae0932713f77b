Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
let vue = require("vue");
let _wikimedia_codex = require("@wikimedia/codex");
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
// \0virtual:trainings-gadget-messages
var bundled = {
	"ar": {
		"trainings-gadget-back": "العودة إلى كل التدريبات",
		"trainings-gadget-close": "إغلاق",
		"trainings-gadget-insecure": "لا يمكن عرض التدريبات: عنوان الويكي المركزي، $1، لا يستخدم https. يمكن لإداري الواجهة تصحيحه في MediaWiki:Gadget-trainings-config.json.",
		"trainings-gadget-link": "التدريبات",
		"trainings-gadget-link-tooltip": "تعلّم مع تدريبات الويكي المركزي",
		"trainings-gadget-loading": "جارٍ التحميل…",
		"trainings-gadget-no-results": "لا يوجد تدريب يطابق بحثك.",
		"trainings-gadget-retry": "حاول مرة أخرى",
		"trainings-gadget-search-button": "بحث",
		"trainings-gadget-search-label": "ابحث في التدريبات",
		"trainings-gadget-title": "التدريبات",
		"trainings-gadget-unplayable": "لا توجد في هذه الوحدة خطوات للتشغيل: ها هي كاملة.",
		"trainings-gadget-unreachable": "تعذّر تحميل التدريبات من $1. تحقّق من اتصالك وحاول مرة أخرى."
	},
	"en": {
		"trainings-gadget-back": "Back to all trainings",
		"trainings-gadget-close": "Close",
		"trainings-gadget-insecure": "The trainings cannot be shown: the central wiki's address, $1, does not use https. An interface administrator can correct it on MediaWiki:Gadget-trainings-config.json.",
		"trainings-gadget-link": "Trainings",
		"trainings-gadget-link-tooltip": "Learn with the trainings of the central wiki",
		"trainings-gadget-loading": "Loading…",
		"trainings-gadget-no-results": "No training matches your search.",
		"trainings-gadget-retry": "Try again",
		"trainings-gadget-search-button": "Search",
		"trainings-gadget-search-label": "Search the trainings",
		"trainings-gadget-title": "Trainings",
		"trainings-gadget-unplayable": "This module has no steps to play: here it is in full.",
		"trainings-gadget-unreachable": "The trainings could not be loaded from $1. Check your connection and try again."
	},
	"fr": {
		"trainings-gadget-back": "Retour à toutes les formations",
		"trainings-gadget-close": "Fermer",
		"trainings-gadget-insecure": "Les formations ne peuvent pas être affichées : l’adresse du wiki central, $1, n’utilise pas https. Un administrateur d’interface peut la corriger sur MediaWiki:Gadget-trainings-config.json.",
		"trainings-gadget-link": "Formations",
		"trainings-gadget-link-tooltip": "Apprendre avec les formations du wiki central",
		"trainings-gadget-loading": "Chargement…",
		"trainings-gadget-no-results": "Aucune formation ne correspond à votre recherche.",
		"trainings-gadget-retry": "Réessayer",
		"trainings-gadget-search-button": "Rechercher",
		"trainings-gadget-search-label": "Rechercher dans les formations",
		"trainings-gadget-title": "Formations",
		"trainings-gadget-unplayable": "Ce module n’a pas d’étapes à parcourir : le voici en entier.",
		"trainings-gadget-unreachable": "Les formations n’ont pas pu être chargées depuis $1. Vérifiez votre connexion et réessayez."
	}
};
var centralKeys = [
	"parentheses",
	"trainings-catalog-clear",
	"trainings-catalog-continue-heading",
	"trainings-catalog-course-module-matches",
	"trainings-catalog-error",
	"trainings-catalog-more",
	"trainings-catalog-no-modules",
	"trainings-catalog-no-results",
	"trainings-catalog-result-count",
	"trainings-catalog-result-count-more",
	"trainings-catalog-search-inside",
	"trainings-course-status-completed",
	"trainings-course-status-in-progress",
	"trainings-feedback-comment-label",
	"trainings-feedback-failed",
	"trainings-feedback-kind-broken",
	"trainings-feedback-kind-outdated",
	"trainings-feedback-kind-unclear",
	"trainings-feedback-prompt",
	"trainings-feedback-thanks",
	"trainings-player-catalog",
	"trainings-player-complete-heading",
	"trainings-player-complete-text",
	"trainings-player-continue",
	"trainings-player-finish",
	"trainings-player-help-translate",
	"trainings-player-incomplete-heading",
	"trainings-player-incomplete-text",
	"trainings-player-language-label",
	"trainings-player-language-percent",
	"trainings-player-language-source",
	"trainings-player-next",
	"trainings-player-next-module",
	"trainings-player-previous",
	"trainings-player-progress",
	"trainings-player-progress-done",
	"trainings-player-restart",
	"trainings-player-resume-completed",
	"trainings-player-resume-text",
	"trainings-player-start",
	"trainings-player-step-done",
	"trainings-player-step-outdated",
	"trainings-player-step-untranslated",
	"trainings-player-steps",
	"trainings-player-text-only",
	"trainings-player-todo-intro",
	"trainings-player-todo-quizzes",
	"trainings-player-todo-unseen",
	"trainings-player-todo-unseen-quizzes",
	"trainings-quiz-check",
	"trainings-quiz-outcome-empty",
	"trainings-quiz-outcome-partial",
	"trainings-quiz-outcome-right",
	"trainings-quiz-outcome-wrong",
	"trainings-quiz-try-again",
	"trainings-quiz-verdict-right",
	"trainings-quiz-verdict-wrong"
];
// resources/src/gadget/cardChips.ts
var FACT_MESSAGES = [
	"comma-separator",
	"trainings-catalog-card-duration",
	"trainings-catalog-card-languages-more",
	"trainings-catalog-card-translation-outdated",
	"trainings-catalog-card-translation-partial",
	"trainings-catalog-format-image",
	"trainings-catalog-format-quiz",
	"trainings-catalog-format-video",
	"trainings-meta-level-advanced",
	"trainings-meta-level-beginner",
	"trainings-meta-level-intermediate",
	"trainings-meta-status-draft",
	"trainings-meta-status-outdated"
];
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
// resources/src/gadget/config.ts
var DEFAULT_CENTRAL_API = "https://meta.wikimedia.org/w/api.php";
var LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?\//i;
function isSecureUrl(url) {
	return /^https:\/\//i.test(url) || LOCAL_HTTP.test(url);
}
function isHttpUrl(value) {
	return typeof value === "string" && /^https?:\/\/[^/\s]+\/\S*$/.test(value);
}
function readGadgetConfig(json, configured) {
	const fromJson = json && typeof json === "object" ? json.centralApi : void 0;
	const api = isHttpUrl(configured) ? configured : isHttpUrl(fromJson) ? fromJson : DEFAULT_CENTRAL_API;
	if (!isSecureUrl(api)) return {
		centralApi: "",
		centralLoad: "",
		centralOrigin: "",
		refused: api
	};
	const origin = /^https?:\/\/[^/]+/.exec(api);
	return {
		centralApi: api,
		centralLoad: api.replace(/api\.php(\?.*)?$/, "load.php"),
		centralOrigin: origin ? origin[0] : "",
		refused: null
	};
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
function settleApiRequest(start, signal) {
	if (signal && signal.aborted) return Promise.reject(new ApiRequestError("http", "aborted"));
	const settled = start();
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
			if (typeof mwGlobal.Api !== "function") return loadApi(mwGlobal).then(() => createMwEnvironment(mwGlobal).apiGet(params, signal));
			return settleApiRequest(() => new mwGlobal.Api().get(Object.assign({ formatversion: 2 }, params)), signal);
		},
		apiPost(params) {
			return loadApi(mwGlobal).then(() => settleApiRequest(() => new mwGlobal.Api().postWithToken("csrf", Object.assign({ formatversion: 2 }, params))));
		},
		apiBeacon: (params) => sendBeacon(mwGlobal, params),
		apiBeaconAnonymous: (params) => sendAnonymousBeacon(mwGlobal, params)
	};
}
// resources/src/gadget/foreignEnvironment.ts
var GADGET_STORAGE_KEY = "mw-trainings-gadget-progress";
var TIMEOUT = 2e4;
function gadgetStorage(storage) {
	const rename = (key) => key === "mw-trainings-progress" ? GADGET_STORAGE_KEY : key;
	return {
		get: (key) => storage.get(rename(key)),
		set: (key, value) => storage.set(rename(key), value),
		remove: (key) => storage.remove(rename(key))
	};
}
function createGadgetEnvironment(mwGlobal, centralApi, messages) {
	const base = createMwEnvironment(mwGlobal);
	let foreignApi = null;
	const central = () => foreignApi || (foreignApi = new mwGlobal.ForeignApi(centralApi, {
		anonymous: true,
		ajax: { timeout: TIMEOUT }
	}));
	const refuse = () => Promise.reject(new ApiRequestError("readonly", "The gadget writes nothing to the central wiki"));
	return Object.assign({}, base, {
		localStorage: () => gadgetStorage(base.localStorage()),
		message: messages.text,
		apiGet(params, signal) {
			return settleApiRequest(() => central().get(Object.assign({ formatversion: 2 }, params)), signal);
		},
		apiPost: refuse,
		apiBeacon: () => false,
		apiBeaconAnonymous: () => false
	});
}
// resources/src/gadget/messages.ts
function pickBundled(bundled, chain) {
	const picked = {};
	["en"].concat(chain.slice().reverse()).forEach((code) => {
		Object.assign(picked, bundled[code] || {});
	});
	return picked;
}
function createGadgetMessages(mwGlobal, initial) {
	const map = new mwGlobal.Map();
	map.set(initial);
	const Message = mwGlobal.Message;
	return {
		text: (key, ...params) => new Message(map, key, params).text(),
		add(messages) {
			map.set(messages);
		},
		has: (key) => map.exists(key)
	};
}
// resources/src/gadget/catalogResponse.ts
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
// resources/src/gadget/centralApi.ts
var MESSAGES_PER_REQUEST = 50;
var CACHE = {
	maxage: 300,
	smaxage: 300
};
function fetchMessages(env, keys, language) {
	const chunks = [];
	for (let i = 0; i < keys.length; i += MESSAGES_PER_REQUEST) chunks.push(keys.slice(i, i + MESSAGES_PER_REQUEST));
	return Promise.all(chunks.map((chunk) => env.apiGet(Object.assign({
		action: "query",
		meta: "allmessages",
		ammessages: chunk,
		amlang: language,
		uselang: language
	}, CACHE)))).then((responses) => {
		const messages = {};
		responses.forEach((response) => {
			const r = response;
			(r && r.query && Array.isArray(r.query.allmessages) ? r.query.allmessages : []).forEach((item) => {
				const m = item;
				if (m && typeof m.name === "string" && typeof m.content === "string" && !m.missing) messages[m.name] = m.content;
			});
		});
		return messages;
	});
}
function fetchCatalog(env, search, language) {
	return env.apiGet(Object.assign({
		action: "query",
		list: "trainings",
		trsearch: search || void 0,
		trlimit: 50,
		uselang: language
	}, CACHE)).then(readCatalogResponse);
}
function fetchVersion(env, revision, language) {
	return env.apiGet(Object.assign({
		action: "parse",
		oldid: revision,
		prop: ["text", "modulestyles"],
		disableeditsection: true,
		disabletoc: true,
		uselang: language
	}, CACHE)).then((response) => {
		const r = response;
		if (!r || !r.parse || typeof r.parse.text !== "string") throw new Error("The parse response has no text");
		const styles = Array.isArray(r.parse.modulestyles) ? r.parse.modulestyles.filter((name) => typeof name === "string") : [];
		return {
			html: r.parse.text,
			styles
		};
	});
}
function pointAtCentral(root, origin) {
	const absolute = (url) => /^\/(?!\/)/.test(url) ? origin + url : url;
	Array.prototype.forEach.call(root.querySelectorAll("[href], [src], [srcset]"), (el) => {
		const href = el.getAttribute("href");
		if (href !== null && href.charAt(0) !== "#") {
			el.setAttribute("href", absolute(href));
			if (el.tagName === "A") {
				el.setAttribute("target", "_blank");
				el.setAttribute("rel", "noopener");
			}
		}
		const src = el.getAttribute("src");
		if (src !== null) el.setAttribute("src", absolute(src));
		const srcset = el.getAttribute("srcset");
		if (srcset !== null) el.setAttribute("srcset", srcset.split(",").map((part) => {
			const trimmed = part.trim();
			return absolute(trimmed);
		}).join(", "));
	});
}
function loadCentralStyles(doc, loadUrl, modules, language) {
	if (modules.length === 0) return;
	const href = loadUrl + "?" + new URLSearchParams({
		modules: modules.slice().sort().join("|"),
		only: "styles",
		lang: language
	}).toString();
	if (!Array.prototype.some.call(doc.querySelectorAll("link[data-trainings-gadget]"), (link) => link.getAttribute("href") === href)) {
		const link = doc.createElement("link");
		link.rel = "stylesheet";
		link.href = href;
		link.setAttribute("data-trainings-gadget", "");
		doc.head.appendChild(link);
	}
}
// resources/src/shared/languageChoice.ts
function chainsFromFallbackChain(chain) {
	const [user = ""] = chain;
	const strict = chain.slice(1).filter((code) => code !== "en" || /^en-/.test(user));
	return {
		strict: [user].concat(strict),
		all: chain.concat(["en"])
	};
}
function candidateLanguages(chains, source) {
	const all = chains.strict.concat([source], chains.all);
	return all.filter((code, i) => code !== "" && all.indexOf(code) === i);
}
function firstAvailable(available, candidates) {
	return candidates.find((code) => available.includes(code)) || null;
}
// resources/src/gadget/languageChoice.ts
function chooseLanguage(versions, chain) {
	if (versions.length === 0) return "";
	return firstAvailable(versions, candidateLanguages(chainsFromFallbackChain(chain), versions[0])) || versions[0];
}
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
// resources/src/player/playerState.ts
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
// \0@oxc-project+runtime@0.156.0/helpers/esm/asyncToGenerator.js
function asyncGeneratorStep(n, t, e, r, o, a, c) {
	try {
		var i = n[a](c), u = i.value;
	} catch (n) {
		e(n);
		return;
	}
	i.done ? t(u) : Promise.resolve(u).then(r, o);
}
function _asyncToGenerator(n) {
	return function() {
		var t = this, e = arguments;
		return new Promise(function(r, o) {
			var a = n.apply(t, e);
			function _next(n) {
				asyncGeneratorStep(a, r, o, _next, _throw, "next", n);
			}
			function _throw(n) {
				asyncGeneratorStep(a, r, o, _next, _throw, "throw", n);
			}
			_next(void 0);
		});
	};
}
// resources/src/shared/useMwEnvironment.ts
function useMwEnvironment() {
	const env = (0, vue.inject)(mwEnvironmentKey);
	if (!env) throw new Error("No MwEnvironment provided: mount the app with one.");
	return env;
}
// resources/src/player/languages.ts
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
var _hoisted_1$6 = { class: "trainings-player-languages" };
var _hoisted_2$5 = ["value"];
var _hoisted_3$5 = ["value", "lang"];
var _hoisted_4$5 = ["href"];
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
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1$6, [
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
					}, (0, vue.toDisplayString)(optionText(version)), 9, _hoisted_3$5);
				}), 128))], 40, _hoisted_2$5),
				_ctx.languages.translateUrl ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("a", {
					key: 0,
					class: "trainings-player-languages__translate",
					href: _ctx.languages.translateUrl
				}, (0, vue.toDisplayString)(msg("trainings-player-help-translate")), 9, _hoisted_4$5)) : (0, vue.createCommentVNode)("", true)
			]);
		};
	}
});
// resources/src/player/PlayerCompletion.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$5 = ["data-trainings-next-module"];
var _hoisted_2$4 = { key: 0 };
var _hoisted_3$4 = { class: "trainings-player-todo" };
var _hoisted_4$4 = ["href", "onClick"];
var _hoisted_5$2 = { key: 2 };
var _hoisted_6$1 = ["href"];
var _hoisted_7$1 = { key: 3 };
var _hoisted_8$1 = ["href"];
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
				_ctx.finished ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_2$4, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-complete-text")), 1)) : ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 1 }, [(0, vue.createElementVNode)("p", null, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-incomplete-text")), 1), (0, vue.createElementVNode)("ul", _hoisted_3$4, [((0, vue.openBlock)(true), (0, vue.createElementBlock)(vue.Fragment, null, (0, vue.renderList)(_ctx.todo, (item) => {
					return (0, vue.openBlock)(), (0, vue.createElementBlock)("li", { key: item.step }, [(0, vue.createElementVNode)("a", {
						href: todoHref(item),
						onClick: (0, vue.withModifiers)(($event) => emit("go", item.step), ["prevent"])
					}, (0, vue.toDisplayString)(todoTitle(item)), 9, _hoisted_4$4), (0, vue.createTextVNode)(" " + (0, vue.toDisplayString)((0, vue.unref)(env).message("parentheses", todoReason(item))), 1)]);
				}), 128))])], 64)),
				_ctx.nextModule ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_5$2, [(0, vue.createElementVNode)("a", {
					class: "cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--action-progressive cdx-button--weight-primary",
					href: _ctx.nextModule.url
				}, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-next-module", _ctx.nextModule.title)), 9, _hoisted_6$1)])) : (0, vue.createCommentVNode)("", true),
				_ctx.catalogUrl ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_7$1, [(0, vue.createElementVNode)("a", { href: _ctx.catalogUrl }, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-catalog")), 9, _hoisted_8$1)])) : (0, vue.createCommentVNode)("", true)
			], 8, _hoisted_1$5);
		};
	}
});
// resources/src/player/PlayerHeader.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1$4 = { class: "trainings-player-header" };
var _hoisted_2$3 = { class: "trainings-player-progress" };
var _hoisted_3$3 = [
	"aria-valuemax",
	"aria-valuenow",
	"aria-valuetext"
];
var _hoisted_4$3 = {
	key: 0,
	class: "trainings-player-text-only"
};
var _hoisted_5$1 = ["checked"];
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
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1$4, [
				(0, vue.createElementVNode)("div", _hoisted_2$3, [(0, vue.createElementVNode)("span", {
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
				}, null, 4)], 8, _hoisted_3$3)]),
				_ctx.video.hasVideo ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("label", _hoisted_4$3, [(0, vue.createElementVNode)("input", {
					type: "checkbox",
					checked: _ctx.video.textOnly.value,
					onChange: _cache[0] || (_cache[0] = ($event) => _ctx.video.setTextOnly($event.target.checked))
				}, null, 40, _hoisted_5$1), (0, vue.createTextVNode)(" " + (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-text-only")), 1)])) : (0, vue.createCommentVNode)("", true),
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
var _hoisted_1$3 = {
	key: 0,
	class: "trainings-player-resume__text"
};
var _hoisted_2$2 = (0, vue.createElementVNode)("span", { "aria-hidden": "true" }, "✓", -1);
var _hoisted_3$2 = { class: "trainings-player-resume__text" };
var _hoisted_4$2 = { class: "trainings-player-resume__actions" };
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
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", { class: (0, vue.normalizeClass)(["trainings-player-resume", { "trainings-player-resume--done": _ctx.completedBefore }]) }, [_ctx.completedBefore ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_1$3, [_hoisted_2$2, (0, vue.createTextVNode)(" " + (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-resume-completed")), 1)])) : ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 1 }, [(0, vue.createElementVNode)("p", _hoisted_3$2, (0, vue.toDisplayString)((0, vue.unref)(env).message("trainings-player-resume-text", (0, vue.unref)(env).formatNumber(_ctx.resumeAt), (0, vue.unref)(env).formatNumber(_ctx.steps), _ctx.stepTitle)), 1), (0, vue.createElementVNode)("div", _hoisted_4$2, [(0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxButton), {
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
var _hoisted_1$2 = {
	class: "trainings-feedback",
	"aria-live": "polite"
};
var _hoisted_2$1 = {
	key: 0,
	class: "trainings-feedback__thanks"
};
var _hoisted_3$1 = [
	"maxlength",
	"aria-label",
	"placeholder"
];
var _hoisted_4$1 = {
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
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1$2, [sent.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_2$1, (0, vue.toDisplayString)(msg("trainings-feedback-thanks")), 1)) : ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 1 }, [
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
				}, null, 8, _hoisted_3$1)), [[vue.vModelText, comment.value]]) : (0, vue.createCommentVNode)("", true),
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
				error.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_4$1, (0, vue.toDisplayString)(msg("trainings-feedback-failed", error.value)), 1)) : (0, vue.createCommentVNode)("", true)
			], 64))]);
		};
	}
});
// resources/src/player/videoSteps.ts
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
function followStore(module, store, key, base, now, state, env) {
	store.store.get(key).then((saved) => {
		base.value = saved;
	}, (error) => env.logError(error, "error.trainings"));
	(0, vue.watchEffect)(() => {
		markDoneSteps(module, doneSteps(now.value, state.value.steps, module.quizzes), env.message("trainings-player-step-done"));
	});
}
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
	if (store) followStore(module, store, key, base, now, state, env);
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
var _hoisted_1$1 = { class: "trainings-player-nav" };
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
		function focusView() {
			return _focusView.apply(this, arguments);
		}
		function _focusView() {
			_focusView = _asyncToGenerator(function* () {
				let target;
				if (state.value.completed) {
					yield (0, vue.nextTick)();
					target = completion.value ? completion.value.heading : null;
				} else if (state.value.step === 0) target = props.module.intro;
				else {
					const step = props.module.steps[state.value.step - 1];
					target = step.heading || step.section;
				}
				if (target) target.focus();
			});
			return _focusView.apply(this, arguments);
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
					(0, vue.createElementVNode)("div", _hoisted_1$1, [view.value !== "intro" ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
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
// resources/src/gadget/memoryHost.ts
function createMemoryHost(initial = "") {
	let hash = initial;
	const listeners = [];
	return {
		getHash: () => hash,
		replaceHash(newHash) {
			hash = newHash;
		},
		listen(onChange) {
			listeners.push(onChange);
			return () => {
				const i = listeners.indexOf(onChange);
				if (i !== -1) listeners.splice(i, 1);
			};
		},
		follow(newHash) {
			hash = newHash;
			listeners.slice().forEach((listener) => listener());
		}
	};
}
// resources/src/gadget/sanitize.ts
var DROPPED = [
	"script",
	"noscript",
	"template",
	"link",
	"meta",
	"base",
	"iframe",
	"frame",
	"frameset",
	"object",
	"embed",
	"applet",
	"portal",
	"svg",
	"math"
];
var URL_ATTRIBUTES = [
	"href",
	"src",
	"srcset",
	"poster",
	"background",
	"cite",
	"data",
	"xlink:href"
];
var DROPPED_ATTRIBUTES = [
	"srcdoc",
	"action",
	"formaction",
	"ping",
	"http-equiv"
];
function isSafeUrl(value) {
	const compact = value.replace(/[\u0000-\u0020]+/g, "");
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
	return !scheme || /^(https?|mailto)$/i.test(scheme[1]);
}
function isContainedStyle(style) {
	return !/position\s*:\s*fixed|url\s*\(|expression\s*\(|@import|behavior\s*:/i.test(style);
}
function cleanAttributes(el) {
	Array.prototype.slice.call(el.attributes).forEach((attr) => {
		const name = attr.name.toLowerCase();
		if (name.indexOf("on") === 0 || DROPPED_ATTRIBUTES.includes(name) || name === "name" && el.tagName !== "INPUT" || URL_ATTRIBUTES.includes(name) && !isSafeUrl(attr.value) || name === "style" && !isContainedStyle(attr.value)) el.removeAttribute(attr.name);
	});
}
function unwrap(el) {
	const parent = el.parentNode;
	if (parent) while (el.firstChild) parent.insertBefore(el.firstChild, el);
	el.remove();
}
function scopedCss(css) {
	const Sheet = window.CSSStyleSheet;
	try {
		const sheet = new Sheet();
		sheet.replaceSync(css);
		return "@scope (.trainings-gadget-module) {\n" + Array.prototype.map.call(sheet.cssRules, (rule) => rule.cssText).join("\n") + "\n}";
	} catch (error) {
		return null;
	}
}
function sanitizeCentralHtml(html, doc) {
	const template = doc.createElement("template");
	template.innerHTML = html;
	const root = template.content;
	Array.prototype.forEach.call(root.querySelectorAll(DROPPED.join(", ")), (el) => el.remove());
	Array.prototype.forEach.call(root.querySelectorAll("form"), unwrap);
	Array.prototype.forEach.call(root.querySelectorAll("style"), (el) => {
		const scoped = scopedCss(el.textContent || "");
		if (scoped === null) {
			el.remove();
			return;
		}
		el.textContent = scoped;
		Array.prototype.slice.call(el.attributes).forEach((attr) => el.removeAttribute(attr.name));
	});
	Array.prototype.forEach.call(root.querySelectorAll("*"), cleanAttributes);
	return root;
}
// resources/src/gadget/ModuleView.vue
var ModuleView_default = (0, vue.defineComponent)({
	__name: "ModuleView",
	props: {
		env: {},
		html: {},
		origin: {},
		moduleKey: {},
		language: {},
		languages: {},
		store: {},
		hash: {}
	},
	emits: ["language", "unplayable"],
	setup(__props, { emit: __emit }) {
		const props = __props;
		const emit = __emit;
		const container = (0, vue.ref)(null);
		const host = createMemoryHost(props.hash);
		let app = null;
		(0, vue.onMounted)(() => {
			const el = container.value;
			if (!el) return;
			el.appendChild(sanitizeCentralHtml(props.html, document));
			pointAtCentral(el, props.origin);
			enhanceQuizzes(el, quizLabels(props.env));
			const root = el.querySelector(MODULE_SELECTOR);
			app = root ? mountPlayer(root, props.env, {
				createApp: vue.createMwApp,
				host,
				languages: props.languages,
				navigate: (url) => {
					const at = url.indexOf("#");
					emit("language", at === -1 ? url : url.slice(0, at), at === -1 ? "" : url.slice(at));
				},
				progress: {
					store: props.store,
					key: {
						module: props.moduleKey,
						language: props.language
					}
				}
			}) : null;
			if (!app) emit("unplayable");
		});
		function onClick(event) {
			const target = event.target;
			const link = target && typeof target.closest === "function" ? target.closest("a[href^=\"#\"]") : null;
			if (link && !event.defaultPrevented) {
				event.preventDefault();
				host.follow(link.getAttribute("href") || "");
			}
		}
		(0, vue.onBeforeUnmount)(() => {
			if (app) {
				app.unmount();
				app = null;
			}
		});
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", {
				ref_key: "container",
				ref: container,
				class: "trainings-gadget-module",
				onClick
			}, null, 512);
		};
	}
});
// resources/src/gadget/TrainingsDialog.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1 = {
	key: 1,
	class: "trainings-gadget__loading"
};
var _hoisted_2 = {
	key: 0,
	class: "trainings-gadget__unplayable"
};
var _hoisted_3 = {
	key: 0,
	class: "trainings-gadget__empty"
};
var _hoisted_4 = {
	key: 1,
	class: "trainings-gadget__list"
};
var _hoisted_5 = ["data-key"];
var _hoisted_6 = ["href", "onClick"];
var _hoisted_7 = ["lang", "dir"];
var _hoisted_8 = ["lang", "dir"];
var _hoisted_9 = { class: "trainings-gadget__facts" };
// resources/src/gadget/TrainingsDialog.vue
var TrainingsDialog_default = (0, vue.defineComponent)({
	__name: "TrainingsDialog",
	props: {
		env: {},
		config: {},
		messages: {},
		centralKeys: {},
		store: {},
		chain: {},
		languageName: { type: Function }
	},
	setup(__props, { expose: __expose }) {
		const props = __props;
		const open = (0, vue.ref)(false);
		const status = (0, vue.ref)("loading");
		const query = (0, vue.ref)("");
		const entries = (0, vue.shallowRef)([]);
		const playing = (0, vue.shallowRef)(null);
		const unplayable = (0, vue.ref)(false);
		const userLanguage = props.chain[0] || "en";
		const centralHost = props.config.centralOrigin.replace(/^https?:\/\//, "");
		let messagesLoaded = false;
		let started = false;
		let lastAction = () => Promise.resolve();
		function msg(key, ...params) {
			return props.env.message(key, ...params);
		}
		function facts(entry) {
			return cardChips(entry, props.env, props.languageName).map((chip) => chip.text).join(" · ");
		}
		function attempt(action) {
			lastAction = action;
			status.value = "loading";
			return (messagesLoaded ? Promise.resolve() : fetchMessages(props.env, props.centralKeys, userLanguage).then((found) => {
				props.messages.add(found);
				messagesLoaded = true;
			})).then(action).then(() => {
				status.value = "ready";
			}, (error) => {
				props.env.logError(error, "error.trainings");
				status.value = "error";
			});
		}
		function retry() {
			attempt(lastAction);
		}
		function search() {
			const words = query.value.trim();
			attempt(() => fetchCatalog(props.env, words, userLanguage).then((response) => {
				entries.value = response.entries;
				playing.value = null;
			}));
		}
		function reviewedLanguages(entry) {
			return entry.languages.filter((code) => entry.revisions[code] !== void 0);
		}
		function playerLanguages(entry, language) {
			return {
				shown: language,
				user: userLanguage,
				translateUrl: null,
				versions: reviewedLanguages(entry).map((code, i) => ({
					code,
					name: props.languageName(code),
					url: code,
					source: i === 0,
					percent: null,
					outdated: 0
				}))
			};
		}
		function play(entry, language, hash) {
			const languages = reviewedLanguages(entry);
			const source = languages[0] || "";
			const chosen = language || chooseLanguage(languages, props.chain) || source;
			const code = entry.revisions[chosen] ? chosen : source;
			attempt(() => fetchVersion(props.env, entry.revisions[code] || 0, userLanguage).then((version) => {
				loadCentralStyles(document, props.config.centralLoad, version.styles, userLanguage);
				unplayable.value = false;
				playing.value = {
					entry,
					language: code,
					html: version.html,
					hash,
					languages: playerLanguages(entry, code)
				};
			}));
		}
		function openModule(entry) {
			play(entry, "", "");
		}
		function switchLanguage(code, hash) {
			if (playing.value) play(playing.value.entry, code, hash);
		}
		function backToCatalog() {
			playing.value = null;
		}
		function show() {
			open.value = true;
			if (!started && !props.config.refused) {
				started = true;
				search();
			}
		}
		__expose({ show });
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxDialog), {
				open: open.value,
				"onUpdate:open": _cache[2] || (_cache[2] = ($event) => open.value = $event),
				class: "trainings-gadget",
				title: msg("trainings-gadget-title"),
				"use-close-button": true,
				"close-button-label": msg("trainings-gadget-close")
			}, {
				default: (0, vue.withCtx)(() => [_ctx.config.refused ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxMessage), {
					key: 0,
					type: "error",
					class: "trainings-gadget__refused"
				}, {
					default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-gadget-insecure", _ctx.config.refused)), 1)]),
					_: 1
				})) : status.value === "loading" ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_1, (0, vue.toDisplayString)(msg("trainings-gadget-loading")), 1)) : status.value === "error" ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxMessage), {
					key: 2,
					type: "error",
					class: "trainings-gadget__error"
				}, {
					default: (0, vue.withCtx)(() => [(0, vue.createElementVNode)("p", null, (0, vue.toDisplayString)(msg("trainings-gadget-unreachable", (0, vue.unref)(centralHost))), 1), (0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxButton), {
						class: "trainings-gadget__retry",
						onClick: retry
					}, {
						default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-gadget-retry")), 1)]),
						_: 1
					})]),
					_: 1
				})) : playing.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 3 }, [
					(0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxButton), {
						class: "trainings-gadget__back",
						weight: "quiet",
						onClick: backToCatalog
					}, {
						default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-gadget-back")), 1)]),
						_: 1
					}),
					unplayable.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_2, (0, vue.toDisplayString)(msg("trainings-gadget-unplayable")), 1)) : (0, vue.createCommentVNode)("", true),
					((0, vue.openBlock)(), (0, vue.createBlock)(ModuleView_default, {
						key: playing.value.entry.key + "/" + playing.value.language,
						env: _ctx.env,
						html: playing.value.html,
						origin: _ctx.config.centralOrigin,
						"module-key": playing.value.entry.key,
						language: playing.value.language,
						languages: playing.value.languages,
						store: _ctx.store,
						hash: playing.value.hash,
						onLanguage: switchLanguage,
						onUnplayable: _cache[0] || (_cache[0] = ($event) => unplayable.value = true)
					}, null, 8, [
						"env",
						"html",
						"origin",
						"module-key",
						"language",
						"languages",
						"store",
						"hash"
					]))
				], 64)) : ((0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, { key: 4 }, [(0, vue.createElementVNode)("form", {
					class: "trainings-gadget__search",
					role: "search",
					onSubmit: (0, vue.withModifiers)(search, ["prevent"])
				}, [(0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxSearchInput), {
					modelValue: query.value,
					"onUpdate:modelValue": _cache[1] || (_cache[1] = ($event) => query.value = $event),
					class: "trainings-gadget__search-input",
					"aria-label": msg("trainings-gadget-search-label"),
					placeholder: msg("trainings-gadget-search-label"),
					"button-label": msg("trainings-gadget-search-button"),
					onSubmitClick: search
				}, null, 8, [
					"modelValue",
					"aria-label",
					"placeholder",
					"button-label"
				])], 32), entries.value.length === 0 ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_3, (0, vue.toDisplayString)(msg("trainings-gadget-no-results")), 1)) : ((0, vue.openBlock)(), (0, vue.createElementBlock)("ul", _hoisted_4, [((0, vue.openBlock)(true), (0, vue.createElementBlock)(vue.Fragment, null, (0, vue.renderList)(entries.value, (entry) => {
					return (0, vue.openBlock)(), (0, vue.createElementBlock)("li", {
						key: entry.key,
						class: "trainings-gadget__item",
						"data-key": entry.key
					}, [
						(0, vue.createElementVNode)("a", {
							class: "trainings-gadget__open",
							href: entry.url,
							onClick: (0, vue.withModifiers)(($event) => openModule(entry), ["prevent"])
						}, [(0, vue.createElementVNode)("bdi", {
							lang: entry.titleLang || void 0,
							dir: entry.titleDir || void 0
						}, (0, vue.toDisplayString)(entry.displaytitle), 9, _hoisted_7)], 8, _hoisted_6),
						entry.summary ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("span", {
							key: 0,
							class: "trainings-gadget__summary",
							lang: entry.summaryLang || void 0,
							dir: entry.summaryDir || void 0
						}, (0, vue.toDisplayString)(entry.summary), 9, _hoisted_8)) : (0, vue.createCommentVNode)("", true),
						(0, vue.createElementVNode)("span", _hoisted_9, (0, vue.toDisplayString)(facts(entry)), 1)
					], 8, _hoisted_5);
				}), 128))]))], 64))]),
				_: 1
			}, 8, [
				"open",
				"title",
				"close-button-label"
			]);
		};
	}
});
// resources/src/gadget/app.ts
function settingsPage() {
	try {
		return require("./trainings-config.json");
	} catch (error) {
		return null;
	}
}
function languageNamer(language) {
	const Names = Intl.DisplayNames;
	let names = null;
	try {
		names = Names ? new Names([language, "en"], { type: "language" }) : null;
	} catch (error) {
		names = null;
	}
	return (code) => {
		try {
			return names && names.of(code) || code;
		} catch (error) {
			return code;
		}
	};
}
var mounted = null;
function showTrainings() {
	if (!mounted) {
		const chain = mw.language.getFallbackLanguageChain();
		const config = readGadgetConfig(settingsPage(), mw.config.get("trainingsGadgetCentralApi"));
		const messages = createGadgetMessages(mw, pickBundled(bundled, chain));
		const env = createGadgetEnvironment(mw, config.centralApi, messages);
		const el = document.createElement("div");
		el.className = "trainings-gadget-root";
		document.body.appendChild(el);
		const app = (0, vue.createMwApp)(TrainingsDialog_default, {
			env,
			config,
			messages,
			centralKeys: centralKeys.concat(FACT_MESSAGES),
			store: createBrowserProgressStore(env.localStorage()),
			chain,
			languageName: languageNamer(chain[0] || "en")
		});
		app.config.errorHandler = (error) => env.logError(error, "error.vue");
		mounted = app.mount(el);
	}
	mounted.show();
	return mounted;
}
exports.showTrainings = showTrainings;
