Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
let vue = require("vue");
let _wikimedia_codex = require("./codex.js");
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
// resources/src/shared/injectionKeys.ts
var mwEnvironmentKey = Symbol("trainings.mwEnvironment");
// resources/src/shared/useMwEnvironment.ts
function useMwEnvironment() {
	const env = (0, vue.inject)(mwEnvironmentKey);
	if (!env) throw new Error("No MwEnvironment provided: mount the app with one.");
	return env;
}
// resources/src/catalog/filterModules.ts
var DIACRITICS = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
function normalizeForSearch(text) {
	return text.normalize("NFD").replace(DIACRITICS, "").toLowerCase().replace(/\s+/g, " ").trim();
}
function queryWords(query) {
	const folded = normalizeForSearch(query);
	return folded === "" ? [] : folded.split(" ");
}
function matchesQuery(searchText, query) {
	return containsWords(searchText, queryWords(query));
}
function containsWords(searchText, words) {
	const haystack = normalizeForSearch(searchText);
	return words.every((word) => haystack.includes(word));
}
function filterModules(modules, query) {
	const words = queryWords(query);
	if (words.length === 0) return modules.slice();
	return modules.filter((module) => containsWords(module.searchText, words));
}
// resources/src/catalog/showResults.ts
function showResults(catalog, matching, env) {
	const visible = new Set(matching);
	catalog.items.forEach((item) => {
		item.element.hidden = !visible.has(item);
	});
	if (catalog.count) {
		const text = env.message("trainings-catalog-result-count", env.formatNumber(matching.length));
		if (catalog.count.textContent !== text) catalog.count.textContent = text;
	}
	if (catalog.empty) catalog.empty.hidden = matching.length > 0;
}
function announceCountChanges(catalog) {
	if (catalog.count) {
		catalog.count.setAttribute("aria-live", "polite");
		catalog.count.setAttribute("aria-atomic", "true");
	}
}
// resources/src/catalog/CatalogSearch.vue?vue&type=script&setup=true&lang.ts
var _hoisted_1 = {
	class: "ext-trainings-catalog-search",
	role: "search"
};
// resources/src/catalog/CatalogSearch.vue
var CatalogSearch_default = (0, vue.defineComponent)({
	__name: "CatalogSearch",
	props: { catalog: {} },
	emits: ["search"],
	setup(__props, { emit: __emit }) {
		const props = __props;
		const emit = __emit;
		const env = useMwEnvironment();
		const label = env.message("trainings-catalog-search-label");
		const placeholder = env.message("trainings-catalog-search-placeholder");
		const list = props.catalog.root.querySelector(".ext-trainings-catalog__list");
		const listId = list && list.id ? list.id : void 0;
		const query = (0, vue.ref)(props.catalog.initialQuery);
		function search(value) {
			showResults(props.catalog, filterModules(props.catalog.items, value), env);
		}
		if (filterModules(props.catalog.items, query.value).length !== props.catalog.items.length) search(query.value);
		announceCountChanges(props.catalog);
		(0, vue.watch)(query, (value) => {
			search(value);
			emit("search", value);
		});
		return (_ctx, _cache) => {
			return (0, vue.openBlock)(), (0, vue.createElementBlock)("div", _hoisted_1, [(0, vue.createVNode)((0, vue.unref)(_wikimedia_codex.CdxSearchInput), {
				modelValue: query.value,
				"onUpdate:modelValue": _cache[0] || (_cache[0] = ($event) => query.value = $event),
				class: "ext-trainings-catalog-search__input",
				"aria-label": (0, vue.unref)(label),
				placeholder: (0, vue.unref)(placeholder),
				"aria-controls": (0, vue.unref)(listId)
			}, null, 8, [
				"modelValue",
				"aria-label",
				"placeholder",
				"aria-controls"
			])]);
		};
	}
});
// resources/src/catalog/serverCatalog.ts
var ROOT_ID = "ext-trainings-catalog";
function isTruncated(root) {
	const list = root.querySelector(".ext-trainings-catalog__list");
	return root.hasAttribute("data-truncated") || !!(list && list.hasAttribute("data-truncated"));
}
function readServerCatalog(root) {
	const form = root.querySelector("form.ext-trainings-catalog__search");
	if (!form || isTruncated(root)) return null;
	const input = form.querySelector("input[name=\"search\"]");
	const items = Array.prototype.slice.call(root.querySelectorAll(".ext-trainings-catalog__item")).map((element) => ({
		element,
		title: element.getAttribute("data-title") || "",
		searchText: normalizeForSearch(element.getAttribute("data-search-text") || element.textContent || "")
	}));
	return {
		root,
		form,
		initialQuery: input ? input.value : "",
		count: root.querySelector(".ext-trainings-catalog__count"),
		empty: root.querySelector(".ext-trainings-catalog__empty"),
		items
	};
}
// resources/src/catalog/searchUrl.ts
function withSearchParam(href, query) {
	const hashAt = href.indexOf("#");
	const hash = hashAt === -1 ? "" : href.slice(hashAt);
	const beforeHash = hashAt === -1 ? href : href.slice(0, hashAt);
	const queryAt = beforeHash.indexOf("?");
	const base = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
	const params = queryAt === -1 ? [] : beforeHash.slice(queryAt + 1).split("&").filter((part) => part !== "" && part.split("=")[0] !== "search");
	if (query.trim() !== "") params.push("search=" + encodeURIComponent(query).replace(/%20/g, "+"));
	return base + (params.length ? "?" + params.join("&") : "") + hash;
}
function replaceSearchInLocation(query) {
	const href = withSearchParam(window.location.href, query);
	if (href === window.location.href) return;
	try {
		window.history.replaceState(window.history.state, "", href);
	} catch (error) {}
}
// resources/src/catalog/mountCatalog.ts
function mountCatalogSearch(root, env, options = {}) {
	const catalog = readServerCatalog(root);
	if (!catalog) return null;
	const makeApp = options.createApp || vue.createApp;
	const onSearch = options.onSearch || replaceSearchInLocation;
	const app = makeApp(CatalogSearch_default, {
		catalog: (0, vue.markRaw)(catalog),
		onSearch
	});
	app.provide(mwEnvironmentKey, env);
	app.config.errorHandler = (error) => env.logError(error, "error.vue");
	const mountPoint = root.ownerDocument.createElement("div");
	mountPoint.className = "ext-trainings-catalog__enhanced-search";
	catalog.form.replaceWith(mountPoint);
	app.mount(mountPoint);
	return app;
}
// resources/src/catalog/init.ts
var root = document.getElementById(ROOT_ID);
if (root) {
	const env = createMwEnvironment(mw);
	try {
		mountCatalogSearch(root, env, { createApp: vue.createMwApp });
	} catch (error) {
		env.logError(error, "error.trainings");
	}
}
exports.CatalogSearch = CatalogSearch_default;
exports.createMwEnvironment = createMwEnvironment;
exports.filterModules = filterModules;
exports.matchesQuery = matchesQuery;
exports.mountCatalogSearch = mountCatalogSearch;
exports.normalizeForSearch = normalizeForSearch;
exports.readServerCatalog = readServerCatalog;
exports.withSearchParam = withSearchParam;
