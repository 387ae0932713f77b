/*!
 * Main file of the `test.Trainings` QUnit module (extension.json QUnitTestModule), run by
 * Special:JavaScriptTest?component=Trainings, and entry point of `npm run test:qunit` in Node.
 */
require( './catalog/filters.test.js' );
require( './catalog/controller.test.js' );
require( './catalog/mountCatalog.test.js' );
require( './catalog/catalogProgress.test.js' );
require( './quiz/checkAnswers.test.js' );
require( './quiz/enhanceQuiz.test.js' );
require( './player/playerState.test.js' );
require( './player/Player.test.js' );
require( './player/nextModule.test.js' );
require( './player/playerProgress.test.js' );
require( './player/languages.test.js' );
require( './player/videoSteps.test.js' );
require( './progress/model.test.js' );
require( './progress/progressRules.test.js' );
require( './progress/BrowserProgressStore.test.js' );
require( './progress/stepLayout.test.js' );
require( './progress/layoutMoves.test.js' );
require( './progress/ApiProgressStore.test.js' );
require( './progress/anonymousStats.test.js' );
require( './course/courseProgress.test.js' );
