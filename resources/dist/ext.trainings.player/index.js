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
		options
	};
}
// resources/src/quiz/enhanceQuiz.ts
var QUIZ_CHECK_EVENT = "trainings-quiz-check";
var idCounter = 0;
function element(doc, tag, className, text) {
	const el = doc.createElement(tag);
	if (className) el.className = className;
	if (text !== void 0) el.textContent = text;
	return el;
}
function enhanceQuiz(root, labels) {
	const found = root.hasAttribute("data-trainings-enhanced") ? null : readServerQuiz(root);
	if (!found) return null;
	const quiz = found;
	const doc = root.ownerDocument;
	const prefix = root.id || "trainings-quiz-" + ++idCounter;
	const describedBy = quiz.options.map((option) => option.input.getAttribute("aria-describedby"));
	const actions = element(doc, "div", "trainings-quiz-actions");
	const checkButton = element(doc, "button", "cdx-button trainings-quiz-check", labels.check);
	const retryButton = element(doc, "button", "cdx-button trainings-quiz-retry", labels.tryAgain);
	const status = element(doc, "div", "trainings-quiz-status");
	let results = [];
	checkButton.type = retryButton.type = "button";
	retryButton.hidden = true;
	status.setAttribute("role", "status");
	actions.append(checkButton, " ", retryButton);
	root.append(actions, status);
	root.setAttribute("data-trainings-enhanced", "");
	if (quiz.answers) quiz.answers.hidden = true;
	function clear() {
		results.forEach((result) => result.remove());
		results = [];
		quiz.options.forEach((option, i) => {
			option.item.classList.remove("trainings-quiz-option--right", "trainings-quiz-option--wrong");
			const original = describedBy[i];
			if (original === null) option.input.removeAttribute("aria-describedby");
			else option.input.setAttribute("aria-describedby", original);
		});
		root.removeAttribute("data-trainings-quiz-outcome");
		status.textContent = "";
		retryButton.hidden = true;
	}
	function check() {
		clear();
		const chosen = quiz.options.filter((option) => option.input.checked);
		const result = checkAnswers(quiz.options, chosen.map((option) => option.value));
		quiz.options.forEach((option, i) => {
			if (!result.chosen.includes(option)) return;
			const box = element(doc, "div", option.correct ? "trainings-quiz-result trainings-quiz-result--right" : "trainings-quiz-result trainings-quiz-result--wrong");
			box.id = prefix + "-result-" + option.value;
			box.append(option.verdict ? option.verdict.cloneNode(true) : element(doc, "strong", "", option.correct ? labels.verdictRight : labels.verdictWrong));
			if (option.feedback) box.append(" ", option.feedback.cloneNode(true));
			option.item.appendChild(box);
			option.item.classList.add(option.correct ? "trainings-quiz-option--right" : "trainings-quiz-option--wrong");
			const original = describedBy[i];
			option.input.setAttribute("aria-describedby", (original ? original + " " : "") + box.id);
			results.push(box);
		});
		root.setAttribute("data-trainings-quiz-outcome", result.outcome);
		status.textContent = labels[result.outcome];
		retryButton.hidden = result.outcome === "right" || result.outcome === "empty";
		const detail = {
			quiz: quiz.number,
			outcome: result.outcome
		};
		root.dispatchEvent(new CustomEvent(QUIZ_CHECK_EVENT, {
			bubbles: true,
			detail
		}));
		return result;
	}
	function reset() {
		clear();
		quiz.options.forEach((option) => {
			option.input.checked = false;
		});
	}
	function onChange() {
		if (results.length) clear();
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
			actions.remove();
			status.remove();
			root.removeAttribute("data-trainings-enhanced");
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
// resources/src/shared/MwEnvironment.ts
function createMwEnvironment(mwGlobal) {
	return {
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
		}
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
function fragmentOf(state) {
	return state.step === 0 ? "" : "#step-" + state.step;
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
			section,
			heading: section.querySelector("h2"),
			link: link || null
		};
	});
	const dirElement = root.closest("[dir]");
	return {
		root,
		intro: root.querySelector(".trainings-intro"),
		stepList,
		steps,
		rtl: !!dirElement && dirElement.getAttribute("dir") === "rtl"
	};
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
}
// resources/src/player/ModulePlayer.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1 = { class: "trainings-player-progress" };
var _hoisted_2 = [
	"aria-valuemax",
	"aria-valuenow",
	"aria-valuetext"
];
var _hoisted_3 = { key: 0 };
var _hoisted_4 = ["href"];
var _hoisted_5 = { key: 1 };
var _hoisted_6 = ["href"];
var _hoisted_7 = { class: "trainings-player-nav" };
// resources/src/player/ModulePlayer.vue
var ModulePlayer_default = (0, vue.defineComponent)({
	__name: "ModulePlayer",
	props: {
		module: {},
		footer: {},
		host: {},
		catalogUrl: {},
		findNextModule: { type: Function }
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
		const labelId = idPrefix + "-progress";
		const doneId = idPrefix + "-done";
		const stepList = props.module.stepList;
		const stepListId = stepList ? stepList.id || (stepList.id = "trainings-steplist") : "";
		const stepListOpen = (0, vue.ref)(false);
		const nextModule = (0, vue.shallowRef)(null);
		function resolve(hash) {
			const step = parseStepFragment(hash, props.module.steps.length);
			if (step !== null) return {
				step,
				target: null
			};
			const id = fragmentId(hash);
			const target = id ? doc.getElementById(id) : null;
			const found = target ? stepOfElement(props.module, target) : null;
			return found === null ? null : {
				step: found,
				target
			};
		}
		const initial = resolve(props.host.getHash());
		const state = (0, vue.shallowRef)(stateAt(props.module.steps.length, initial ? initial.step : 0));
		const view = (0, vue.computed)(() => viewOf(state.value));
		const progressText = (0, vue.computed)(() => {
			const steps = env.formatNumber(state.value.steps);
			return state.value.completed ? msg("trainings-player-progress-done", steps) : msg("trainings-player-progress", env.formatNumber(state.value.step), steps);
		});
		const percent = (0, vue.computed)(() => Math.round(100 * state.value.step / state.value.steps));
		const doneHeading = (0, vue.ref)(null);
		const headerEl = (0, vue.ref)(null);
		props.module.steps.forEach((step) => {
			if (step.heading && !step.heading.hasAttribute("tabindex")) step.heading.setAttribute("tabindex", "-1");
		});
		if (props.module.intro && !props.module.intro.hasAttribute("tabindex")) props.module.intro.setAttribute("tabindex", "-1");
		showState(props.module, state.value, stepListOpen.value);
		(0, vue.onMounted)(() => {
			if (initial && initial.target) scrollIntoView(initial.target);
			else if (initial && headerEl.value) scrollIntoView(headerEl.value, true);
		});
		function scrollIntoView(el, nearest = false) {
			if (typeof el.scrollIntoView === "function") el.scrollIntoView(nearest ? { block: "nearest" } : void 0);
		}
		async function focusView() {
			let target;
			if (state.value.completed) {
				await (0, vue.nextTick)();
				target = doneHeading.value;
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
			stepListOpen.value = false;
			showState(props.module, newState, false);
			if (updateAddress) props.host.replaceHash(fragmentOf(newState));
			emit("change", newState);
			if (newState.completed && !wasCompleted) {
				emit("complete");
				findNext();
			}
			return focusView();
		}
		function findNext() {
			if (!props.findNextModule || nextModule.value) return;
			Promise.resolve(props.findNextModule()).then((found) => {
				nextModule.value = found;
			}, (error) => env.logError(error, "error.trainings"));
		}
		function toggleStepList() {
			stepListOpen.value = !stepListOpen.value;
			showState(props.module, state.value, stepListOpen.value);
		}
		function onHashChange() {
			const found = resolve(props.host.getHash());
			if (!found) return;
			if (found.step !== state.value.step || state.value.completed) go(stateAt(state.value.steps, found.step), false).then(() => {
				if (found.target) scrollIntoView(found.target);
			});
			else if (found.target) scrollIntoView(found.target);
		}
		function onKeyDown(event) {
			if (event.defaultPrevented || ownsArrowKeys(event.target)) return;
			const action = keyAction(event, props.module.rtl);
			const newState = action === "next" ? next(state.value) : action === "previous" ? previous(state.value) : null;
			if (newState && newState !== state.value) {
				event.preventDefault();
				go(newState);
			}
		}
		const stopListening = props.host.listen(onHashChange);
		doc.addEventListener("keydown", onKeyDown);
		(0, vue.onBeforeUnmount)(() => {
			stopListening();
			doc.removeEventListener("keydown", onKeyDown);
			showAll(props.module);
		});
		__expose({
			go,
			state
		});
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)(vue.Fragment, null, [view.value !== "intro" ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("div", {
				key: 0,
				ref_key: "headerEl",
				ref: headerEl,
				class: "trainings-player-header"
			}, [(0, vue.createElementVNode)("div", _hoisted_1, [(0, vue.createElementVNode)("span", {
				id: labelId,
				class: "trainings-player-progress__label"
			}, (0, vue.toDisplayString)(progressText.value), 1), (0, vue.createElementVNode)("div", {
				class: "trainings-player-progress__track",
				role: "progressbar",
				"aria-valuemin": "0",
				"aria-valuemax": state.value.steps,
				"aria-valuenow": state.value.step,
				"aria-valuetext": progressText.value,
				"aria-labelledby": labelId
			}, [(0, vue.createElementVNode)("div", {
				class: "trainings-player-progress__bar",
				style: (0, vue.normalizeStyle)({ width: percent.value + "%" })
			}, null, 4)], 8, _hoisted_2)]), (0, vue.unref)(stepListId) && view.value === "step" ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
				key: 0,
				class: "trainings-player-steps-toggle",
				weight: "quiet",
				"aria-expanded": stepListOpen.value ? "true" : "false",
				"aria-controls": (0, vue.unref)(stepListId),
				onClick: toggleStepList
			}, {
				default: (0, vue.withCtx)(() => [(0, vue.createTextVNode)((0, vue.toDisplayString)(msg("trainings-player-steps")), 1)]),
				_: 1
			}, 8, ["aria-expanded", "aria-controls"])) : (0, vue.createCommentVNode)("", true)], 512)) : (0, vue.createCommentVNode)("", true), ((0, vue.openBlock)(), (0, vue.createBlock)(vue.Teleport, { to: _ctx.footer }, [view.value === "complete" ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("div", {
				key: 0,
				class: "trainings-player-complete",
				"aria-labelledby": doneId,
				role: "region"
			}, [
				(0, vue.createElementVNode)("h2", {
					id: doneId,
					ref_key: "doneHeading",
					ref: doneHeading,
					tabindex: "-1"
				}, (0, vue.toDisplayString)(msg("trainings-player-complete-heading")), 513),
				(0, vue.createElementVNode)("p", null, (0, vue.toDisplayString)(msg("trainings-player-complete-text")), 1),
				nextModule.value ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_3, [(0, vue.createElementVNode)("a", {
					class: "cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--action-progressive cdx-button--weight-primary",
					href: nextModule.value.url
				}, (0, vue.toDisplayString)(msg("trainings-player-next-module", nextModule.value.title)), 9, _hoisted_4)])) : (0, vue.createCommentVNode)("", true),
				_ctx.catalogUrl ? ((0, vue.openBlock)(), (0, vue.createElementBlock)("p", _hoisted_5, [(0, vue.createElementVNode)("a", { href: _ctx.catalogUrl }, (0, vue.toDisplayString)(msg("trainings-player-catalog")), 9, _hoisted_6)])) : (0, vue.createCommentVNode)("", true)
			])) : (0, vue.createCommentVNode)("", true), (0, vue.createElementVNode)("div", _hoisted_7, [view.value !== "intro" ? ((0, vue.openBlock)(), (0, vue.createBlock)((0, vue.unref)(_wikimedia_codex.CdxButton), {
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
			})) : (0, vue.createCommentVNode)("", true)])], 8, ["to"]))], 64);
		};
	}
});
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
		onChange: options.onChange,
		onComplete: options.onComplete
	});
	app.provide(mwEnvironmentKey, env);
	app.config.errorHandler = (error) => env.logError(error, "error.vue");
	app.mount(header);
	root.classList.add("trainings-module--player");
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
// resources/src/player/init.ts
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
var modules = env.config("wgAction", "view") === "view" ? document.querySelectorAll(MODULE_SELECTOR) : [];
Array.prototype.forEach.call(modules, (root) => {
	try {
		mountPlayer(root, env, {
			createApp: vue.createMwApp,
			catalogUrl: mw.util.getUrl("Special:Trainings"),
			findNextModule,
			onComplete: () => mw.hook("trainings.player.complete").fire(root)
		});
	} catch (error) {
		env.logError(error, "error.trainings");
	}
});
exports.createMwEnvironment = createMwEnvironment;
exports.mountPlayer = mountPlayer;
Object.defineProperty(exports, "nextModule", {
	enumerable: true,
	get: function() {
		return nextModule_exports;
	}
});
Object.defineProperty(exports, "playerState", {
	enumerable: true,
	get: function() {
		return playerState_exports;
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
