/**
 * The extension's VisualEditor plugin (loaded only by VisualEditor, through its
 * PluginModules): the module's metadata edited in a form, quizzes edited in a dialog and
 * insertable from the Insert menu of module pages (design record 0018).
 */
'use strict';

require( './quizNodes.js' );
require( './QuizDialog.js' );
require( './MetadataDialog.js' );

ve.ui.commandRegistry.register( new ve.ui.Command( 'trainingsQuiz', 'window', 'open',
	{ args: [ 'trainingsQuiz' ], supportedSelections: [ 'linear' ] } ) );

ve.ui.TrainingsQuizDialogTool = function VeUiTrainingsQuizDialogTool() {
	ve.ui.TrainingsQuizDialogTool.super.apply( this, arguments );
};
OO.inheritClass( ve.ui.TrainingsQuizDialogTool, ve.ui.FragmentWindowTool );
ve.ui.TrainingsQuizDialogTool.static.name = 'trainingsQuiz';
ve.ui.TrainingsQuizDialogTool.static.group = 'object';
ve.ui.TrainingsQuizDialogTool.static.icon = 'help';
ve.ui.TrainingsQuizDialogTool.static.title = OO.ui.deferMsg( 'trainings-ve-quiz-tool' );
ve.ui.TrainingsQuizDialogTool.static.modelClasses = [ ve.dm.TrainingsQuizNode ];
ve.ui.TrainingsQuizDialogTool.static.commandName = 'trainingsQuiz';
// Offered on module pages only; a quiz elsewhere still opens in the dialog.
ve.ui.TrainingsQuizDialogTool.static.isCompatibleWith = function () {
	return mw.config.get( 'wgNamespaceNumber' ) === 1640;
};
if ( mw.config.get( 'wgNamespaceNumber' ) === 1640 ) {
	ve.ui.toolFactory.register( ve.ui.TrainingsQuizDialogTool );
}
