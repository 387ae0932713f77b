Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
let vue = require("vue");
let _wikimedia_codex = require("./codex.js");
// resources/src/shared/MwEnvironment.ts
/**
* Adapt MediaWiki's `mw` global to {@link MwEnvironment}.
*
* @param mwGlobal Usually the `mw` global
* @return The environment
*/
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
/**
* Provides the {@link MwEnvironment} to every component of an app.
*/
var mwEnvironmentKey = Symbol("trainings.mwEnvironment");
// resources/src/shared/useMwEnvironment.ts
/**
* The {@link MwEnvironment} the app was mounted with.
*
* @return The environment
*/
function useMwEnvironment() {
	const env = (0, vue.inject)(mwEnvironmentKey);
	if (!env) throw new Error("No MwEnvironment provided: mount the app with one.");
	return env;
}
// resources/src/catalog/filterModules.ts
var DIACRITICS = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/**
* Fold text for matching: lower case, decomposed, without diacritics, single spaces.
*
* @param text Any text
* @return Folded text; "Événement  Ça" becomes "evenement ca"
*/
function normalizeForSearch(text) {
	return text.normalize("NFD").replace(DIACRITICS, "").toLowerCase().replace(/\s+/g, " ").trim();
}
/**
* Split a query into the folded words that must all match.
*
* @param query What the learner typed
* @return Folded words, empty for a blank query
*/
function queryWords(query) {
	const folded = normalizeForSearch(query);
	return folded === "" ? [] : folded.split(" ");
}
/**
* Whether a module's search text contains every word of the query.
*
* @param searchText Text to search in (folded here, so raw text is fine)
* @param query What the learner typed
* @return True for a blank query
*/
function matchesQuery(searchText, query) {
	const haystack = normalizeForSearch(searchText);
	return queryWords(query).every((word) => haystack.includes(word));
}
/**
* The modules whose search text contains every word of the query, in their original order.
*
* @param modules Modules to filter
* @param query What the learner typed; a blank query keeps every module
* @return The matching modules (a new array)
*/
function filterModules(modules, query) {
	const words = queryWords(query);
	if (words.length === 0) return modules.slice();
	return modules.filter((module) => {
		const haystack = normalizeForSearch(module.searchText);
		return words.every((word) => haystack.includes(word));
	});
}
// resources/src/catalog/showResults.ts
/**
* Show the matching items and hide the others, update the count and the "no results" note.
*
* @param catalog The server-rendered catalog
* @param matching The items to show
* @param env For the count message
*/
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
/**
* Make the count a polite live region, so screen readers announce results while typing
* (the server already renders it as one; this keeps older markup working).
*
* @param catalog The server-rendered catalog
*/
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
var CatalogSearch_default = /* @__PURE__ */ (0, vue.defineComponent)({
	__name: "CatalogSearch",
	props: { catalog: {} },
	emits: ["search"],
	setup(__props, { emit: __emit }) {
		/**
		* Search box of Special:Trainings: filters the server-rendered modules while the learner types.
		*/
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
/**
* The server-rendered markup of Special:Trainings, as the enhancement sees it.
*
* Contract with SpecialTrainings (PHP): a root `.ext-trainings-catalog` holding a GET form
* `.ext-trainings-catalog__search` with an input named `search`, a count paragraph
* `.ext-trainings-catalog__count`, a list of `li.ext-trainings-catalog__item` carrying
* `data-title` and `data-search-text`, and a hidden `.ext-trainings-catalog__empty` paragraph.
* When the server listed only part of the matching modules, the root or the list carries
* `data-truncated`: filtering in the browser would then miss modules, so the form stays.
*/
var ROOT_ID = "ext-trainings-catalog";
/**
* Whether the server listed only part of the modules.
*
* @param root The `.ext-trainings-catalog` element
* @return True when the root or its list has `data-truncated`
*/
function isTruncated(root) {
	const list = root.querySelector(".ext-trainings-catalog__list");
	return root.hasAttribute("data-truncated") || !!(list && list.hasAttribute("data-truncated"));
}
/**
* Find the parts of the server-rendered catalog.
*
* @param root The `.ext-trainings-catalog` element
* @return The catalog, or null when there is no search form to enhance or the list is
*  truncated (only the server can search all modules then)
*/
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
/**
* Keep the address of Special:Trainings shareable while the learner types.
*/
/**
* The URL with its `search` parameter set to the query (or removed for a blank query).
*
* Only that parameter is rewritten: the others keep their spelling
* (`title=Special:Trainings` stays readable), and the fragment is kept.
*
* @param href Current URL
* @param query What the learner typed
* @return The new URL
*/
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
/**
* Replace the current history entry's URL (no new entry per keystroke).
*
* @param query What the learner typed
*/
function replaceSearchInLocation(query) {
	const href = withSearchParam(window.location.href, query);
	if (href === window.location.href) return;
	try {
		window.history.replaceState(window.history.state, "", href);
	} catch (error) {}
}
// resources/src/catalog/mountCatalog.ts
/**
* Mount the catalog search in place of the server-rendered search form.
*/
/**
* Replace the catalog's search form by the instant search.
*
* @param root The server-rendered `.ext-trainings-catalog` element
* @param env What the app needs from `mw`
* @param options See {@link MountOptions}
* @return The mounted app, or null when the markup has nothing to enhance
*/
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
/**
* Entry point of the ResourceLoader module `ext.trainings.catalog` (Special:Trainings).
*
* Loading the module enhances the catalog on the page, if there is one; its exports serve the
* QUnit tests, which `require( 'ext.trainings.catalog' )` in Node and on the wiki alike.
*/
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
