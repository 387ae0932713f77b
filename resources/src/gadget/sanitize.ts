/**
 * What the gadget lets into the host page of the HTML the central wiki parsed (design record
 * 0014). The central wiki's parser already sanitises it; this holds should the central wiki,
 * or what answers in its name, send anything else: no script runs in the host page, nothing
 * in it restyles the host page or sends its forms, and its links go to web addresses only.
 */

/** Elements dropped with their content: they run code, load documents or act on the page. */
const DROPPED = [
	'script', 'noscript', 'template', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset',
	'object', 'embed', 'applet', 'portal', 'svg', 'math',
];

/** Attributes whose value is an address. */
const URL_ATTRIBUTES = [ 'href', 'src', 'srcset', 'poster', 'background', 'cite', 'data', 'xlink:href' ];

/** Attributes dropped wherever they are: they send requests or change what submits. */
const DROPPED_ATTRIBUTES = [ 'srcdoc', 'action', 'formaction', 'ping', 'http-equiv' ];

/** The container the HTML goes into: `<style>` in the HTML applies inside it only. */
export const SCOPE = '.trainings-gadget-module';

/**
 * @param value An address from an attribute
 * @return Whether it is relative, a fragment, or an http(s) or mailto address
 */
export function isSafeUrl( value: string ): boolean {
	// Browsers ignore control characters and spaces in a scheme ("java\tscript:").
	// eslint-disable-next-line no-control-regex
	const compact = value.replace( /[\u0000-\u0020]+/g, '' );
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec( compact );
	return !scheme || /^(https?|mailto)$/i.test( scheme[ 1 ] );
}

/**
 * @param style An inline `style` attribute
 * @return Whether it stays inside its element: no fixed position, no request, no import
 */
function isContainedStyle( style: string ): boolean {
	return !/position\s*:\s*fixed|url\s*\(|expression\s*\(|@import|behavior\s*:/i.test( style );
}

/**
 * @param el An element of the parsed HTML
 */
function cleanAttributes( el: Element ): void {
	Array.prototype.slice.call( el.attributes ).forEach( ( attr: Attr ) => {
		const name = attr.name.toLowerCase();
		const drop = name.indexOf( 'on' ) === 0 ||
			DROPPED_ATTRIBUTES.includes( name ) ||
			// A `name` makes the element a property of `document`; quizzes' inputs need theirs.
			( name === 'name' && el.tagName !== 'INPUT' ) ||
			( URL_ATTRIBUTES.includes( name ) && !isSafeUrl( attr.value ) ) ||
			( name === 'style' && !isContainedStyle( attr.value ) );
		if ( drop ) {
			el.removeAttribute( attr.name );
		}
	} );
}

/**
 * @param el A `<form>`: its content stays, the form goes (nothing in a module submits)
 */
function unwrap( el: Element ): void {
	const parent = el.parentNode;
	if ( parent ) {
		while ( el.firstChild ) {
			parent.insertBefore( el.firstChild, el );
		}
	}
	el.remove();
}

/** A constructable style sheet (not in the library this code is typed against). */
type SheetConstructor = new () => CSSStyleSheet & { replaceSync( text: string ): void };

/**
 * The rules of a `<style>` (TemplateStyles and the like), applying inside the module only.
 * The browser's own CSS parser reads them, so that no brace in the text can close the scope
 * early; `@import` is refused by it. A browser without `@scope` ignores the block.
 *
 * @param css The style element's text
 * @return The scoped rules, or null when this browser cannot read them (the style is dropped)
 */
export function scopedCss( css: string ): string | null {
	const Sheet = ( window as unknown as { CSSStyleSheet?: SheetConstructor } ).CSSStyleSheet;
	try {
		const sheet = new ( Sheet as SheetConstructor )();
		sheet.replaceSync( css );
		const rules = Array.prototype.map.call( sheet.cssRules, ( rule: CSSRule ) => rule.cssText );
		return '@scope (' + SCOPE + ') {\n' + rules.join( '\n' ) + '\n}';
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	} catch ( error ) {
		return null;
	}
}

/**
 * @param html HTML from the central wiki's `action=parse`
 * @param doc The host page
 * @return The HTML, parsed without running anything (a template's content is inert) and cleaned
 */
export function sanitizeCentralHtml( html: string, doc: Document ): DocumentFragment {
	const template = doc.createElement( 'template' );
	template.innerHTML = html;
	const root = template.content;
	Array.prototype.forEach.call( root.querySelectorAll( DROPPED.join( ', ' ) ),
		( el: Element ) => el.remove() );
	Array.prototype.forEach.call( root.querySelectorAll( 'form' ), unwrap );
	Array.prototype.forEach.call( root.querySelectorAll( 'style' ), ( el: Element ) => {
		const scoped = scopedCss( el.textContent || '' );
		if ( scoped === null ) {
			el.remove();
			return;
		}
		el.textContent = scoped;
		Array.prototype.slice.call( el.attributes )
			.forEach( ( attr: Attr ) => el.removeAttribute( attr.name ) );
	} );
	Array.prototype.forEach.call( root.querySelectorAll( '*' ), cleanAttributes );
	return root;
}
