(function() {
	// \0virtual:trainings-gadget-link-messages
	var bundled = {
		"ar": {
			"trainings-gadget-link": "التدريبات",
			"trainings-gadget-link-tooltip": "تعلّم مع تدريبات الويكي المركزي"
		},
		"en": {
			"trainings-gadget-link": "Trainings",
			"trainings-gadget-link-tooltip": "Learn with the trainings of the central wiki"
		},
		"fr": {
			"trainings-gadget-link": "Formations",
			"trainings-gadget-link-tooltip": "Apprendre avec les formations du wiki central"
		}
	};
	// resources/src/gadget/messages.ts
	function pickBundled(bundled, chain) {
		const picked = {};
		["en"].concat(chain.slice().reverse()).forEach((code) => {
			Object.assign(picked, bundled[code] || {});
		});
		return picked;
	}
	// resources/src/gadget/loader.ts
	var APP_MODULE = "ext.gadget.trainings-app";
	function addLink() {
		const language = String(mw.config.get("wgUserLanguage") || "en");
		const texts = pickBundled(bundled, [language, language.split("-")[0]]);
		const item = mw.util.addPortletLink("p-tb", "#", texts["trainings-gadget-link"], "t-trainings-gadget", texts["trainings-gadget-link-tooltip"]);
		const link = item && item.querySelector("a");
		if (!link) return;
		link.addEventListener("click", (event) => {
			event.preventDefault();
			mw.loader.using(APP_MODULE).then((req) => {
				const app = req(APP_MODULE);
				if (!app || typeof app.showTrainings !== "function") throw new Error(APP_MODULE + " did not load");
				app.showTrainings();
			}).catch((error) => {
				mw.log.error(error instanceof Error ? error : String(error));
			});
		});
	}
	try {
		addLink();
	} catch (error) {
		mw.log.error(error instanceof Error ? error : String(error));
	}
})();
