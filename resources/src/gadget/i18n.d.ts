/**
 * Virtual modules made by the gadget's build (vite.config.mts) from i18n/*.json and
 * extension.json: the gadget cannot load the extension's messages through the host wiki's
 * ResourceLoader (design record 0006).
 */
declare module 'virtual:trainings-gadget-messages' {
	/** Language code => the gadget's own messages (`trainings-gadget-*`) in it. */
	export const bundled: Record<string, Record<string, string>>;
	/** Messages of the player, quiz and catalog cards, asked of the central wiki. */
	export const centralKeys: string[];
}
declare module 'virtual:trainings-gadget-link-messages' {
	/** Language code => the tools link's label and tooltip in it. */
	export const bundled: Record<string, Record<string, string>>;
}
