/**
 * `<trainingquiz>` in VisualEditor: a block extension node (its HTML comes from the server, as
 * on the page) edited through the quiz dialog.
 */
'use strict';

ve.dm.TrainingsQuizNode = function VeDmTrainingsQuizNode() {
	ve.dm.TrainingsQuizNode.super.apply( this, arguments );
};
OO.inheritClass( ve.dm.TrainingsQuizNode, ve.dm.MWBlockExtensionNode );
ve.dm.TrainingsQuizNode.static.name = 'trainingsQuiz';
ve.dm.TrainingsQuizNode.static.extensionName = 'trainingquiz';
ve.dm.TrainingsQuizNode.static.tagName = 'div';
ve.dm.modelRegistry.register( ve.dm.TrainingsQuizNode );

ve.ce.TrainingsQuizNode = function VeCeTrainingsQuizNode() {
	ve.ce.TrainingsQuizNode.super.apply( this, arguments );
};
OO.inheritClass( ve.ce.TrainingsQuizNode, ve.ce.MWBlockExtensionNode );
ve.ce.TrainingsQuizNode.static.name = 'trainingsQuiz';
ve.ce.TrainingsQuizNode.static.primaryCommandName = 'trainingsQuiz';
ve.ce.nodeFactory.register( ve.ce.TrainingsQuizNode );
