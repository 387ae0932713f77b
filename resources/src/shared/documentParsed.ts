/**
 * Run a function once the browser has parsed the whole page.
 *
 * ResourceLoader loads a page's modules while the page is still arriving, and may run one
 * before the end of a long page has been read (a module of thousands of steps on a slow
 * connection): code that reads the server's markup earlier sees only its first part.
 *
 * @param doc The page's document
 * @param callback Run now when the page is parsed, else on `DOMContentLoaded`
 */
export function whenDocumentParsed( doc: Document, callback: () => void ): void {
	if ( doc.readyState === 'loading' ) {
		doc.addEventListener( 'DOMContentLoaded', () => callback(), { once: true } );
	} else {
		callback();
	}
}
