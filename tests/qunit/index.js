/*!
 * Main file of the `test.Trainings` QUnit module (extension.json QUnitTestModule), run by
 * Special:JavaScriptTest?component=Trainings, and entry point of `npm run test:qunit` in Node.
 */
require( './catalog/filterModules.test.js' );
require( './catalog/CatalogSearch.test.js' );
require( './quiz/checkAnswers.test.js' );
require( './quiz/enhanceQuiz.test.js' );
require( './player/playerState.test.js' );
require( './player/Player.test.js' );
require( './player/nextModule.test.js' );
