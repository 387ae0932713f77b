/**
 * The quiz dialog: question, answers (text, right or wrong, feedback), explanation, with the
 * rules of the quiz format checked before it can be applied. Writes the tag's body through
 * quizSource, which changes only the lines the author changed.
 */
'use strict';

const quizSource = require( './quizSource.js' );

ve.ui.TrainingsQuizDialog = function VeUiTrainingsQuizDialog() {
	ve.ui.TrainingsQuizDialog.super.apply( this, arguments );
	this.quiz = null;
	this.rows = [];
};
OO.inheritClass( ve.ui.TrainingsQuizDialog, ve.ui.MWExtensionDialog );

ve.ui.TrainingsQuizDialog.static.name = 'trainingsQuiz';
ve.ui.TrainingsQuizDialog.static.title = OO.ui.deferMsg( 'trainings-ve-quiz-title' );
ve.ui.TrainingsQuizDialog.static.size = 'large';
ve.ui.TrainingsQuizDialog.static.modelClasses = [ ve.dm.TrainingsQuizNode ];

ve.ui.TrainingsQuizDialog.prototype.initialize = function () {
	ve.ui.TrainingsQuizDialog.super.prototype.initialize.call( this );
	// The tag's body lives in this.input (see ve.ui.MWExtensionWindow), kept out of sight.
	this.question = new OO.ui.TextInputWidget( { classes: [ 'trainings-ve-quiz-question' ] } );
	this.explanation = new OO.ui.TextInputWidget( { classes: [ 'trainings-ve-quiz-explanation' ] } );
	this.optionsLayout = new OO.ui.FieldsetLayout( { label: ve.msg( 'trainings-ve-quiz-options' ) } );
	this.addButton = new OO.ui.ButtonWidget( {
		label: ve.msg( 'trainings-ve-quiz-add-option' ), icon: 'add', classes: [ 'trainings-ve-quiz-add' ]
	} );
	this.problemsLabel = new OO.ui.LabelWidget( { classes: [ 'trainings-ve-quiz-problems' ] } );
	this.problemsLabel.$element.attr( 'role', 'alert' );

	this.question.connect( this, { change: 'onFormChange' } );
	this.explanation.connect( this, { change: 'onFormChange' } );
	this.addButton.connect( this, { click: 'onAddOption' } );

	const panel = new OO.ui.PanelLayout( { padded: true, expanded: false } );
	panel.$element.append(
		new OO.ui.FieldLayout( this.question, {
			label: ve.msg( 'trainings-ve-quiz-question' ), align: 'top',
			help: ve.msg( 'trainings-ve-quiz-question-help' ), helpInline: true
		} ).$element,
		this.optionsLayout.$element,
		this.addButton.$element,
		new OO.ui.FieldLayout( this.explanation, {
			label: ve.msg( 'trainings-ve-quiz-explanation' ), align: 'top',
			help: ve.msg( 'trainings-ve-quiz-explanation-help' ), helpInline: true
		} ).$element,
		this.problemsLabel.$element
	);
	this.$body.append( panel.$element );
};

ve.ui.TrainingsQuizDialog.prototype.getSetupProcess = function ( data ) {
	const process = ve.ui.TrainingsQuizDialog.super.prototype.getSetupProcess.call( this, data );
	return process.next( () => {
		this.quiz = quizSource.parse( this.input.getValue() );
		if ( !this.selectedNode ) {
			// A new quiz starts with two answers, the first one right.
			this.quiz.options.push( this.newOption( true ), this.newOption( false ) );
		}
		this.filling = true;
		this.question.setValue( this.quiz.question.text );
		this.explanation.setValue( this.quiz.explanation.text );
		this.optionsLayout.clearItems();
		this.rows = [];
		this.quiz.options.forEach( ( option ) => this.addRow( option ) );
		this.filling = false;
		this.onFormChange();
	} );
};

ve.ui.TrainingsQuizDialog.prototype.getReadyProcess = function ( data ) {
	const process = ve.ui.TrainingsQuizDialog.super.prototype.getReadyProcess.call( this, data );
	return process.next( () => {
		this.question.focus();
	} );
};

ve.ui.TrainingsQuizDialog.prototype.newOption = function ( right ) {
	return { text: '', right: right, line: null, feedback: { text: '', line: null } };
};

ve.ui.TrainingsQuizDialog.prototype.onAddOption = function () {
	const option = this.newOption( false );
	this.quiz.options.push( option );
	this.addRow( option ).text.focus();
	this.onFormChange();
};

/**
 * @param {Object} option An answer of this.quiz
 * @return {Object} The row's widgets
 */
ve.ui.TrainingsQuizDialog.prototype.addRow = function ( option ) {
	const number = this.rows.length + 1;
	const row = {
		option: option,
		text: new OO.ui.TextInputWidget( { value: option.text, classes: [ 'trainings-ve-quiz-option-text' ] } ),
		right: new OO.ui.CheckboxInputWidget( {
			selected: option.right, classes: [ 'trainings-ve-quiz-option-right' ]
		} ),
		feedback: new OO.ui.TextInputWidget( {
			value: option.feedback.text, classes: [ 'trainings-ve-quiz-option-feedback' ]
		} ),
		remove: new OO.ui.ButtonWidget( {
			icon: 'trash', framed: false, flags: [ 'destructive' ], invisibleLabel: true,
			label: ve.msg( 'trainings-ve-quiz-remove-option' ),
			title: ve.msg( 'trainings-ve-quiz-remove-option' ), classes: [ 'trainings-ve-quiz-option-remove' ]
		} )
	};
	row.text.connect( this, { change: 'onFormChange' } );
	row.right.connect( this, { change: 'onFormChange' } );
	row.feedback.connect( this, { change: 'onFormChange' } );
	row.remove.connect( this, { click: [ 'onRemoveOption', row ] } );
	const layout = new OO.ui.FieldsetLayout( {
		label: ve.msg( 'trainings-ve-quiz-option', number ),
		classes: [ 'trainings-ve-quiz-option' ],
		items: [
			new OO.ui.FieldLayout( row.text, { label: ve.msg( 'trainings-ve-quiz-option-text' ), align: 'top' } ),
			new OO.ui.FieldLayout( row.right, { label: ve.msg( 'trainings-ve-quiz-option-right' ), align: 'inline' } ),
			new OO.ui.FieldLayout( row.feedback, {
				label: ve.msg( 'trainings-ve-quiz-option-feedback' ), align: 'top',
				help: ve.msg( 'trainings-ve-quiz-option-feedback-help' ), helpInline: true
			} ),
			new OO.ui.FieldLayout( row.remove )
		]
	} );
	row.layout = layout;
	this.rows.push( row );
	this.optionsLayout.addItems( [ layout ] );
	return row;
};

ve.ui.TrainingsQuizDialog.prototype.onRemoveOption = function ( row ) {
	this.rows = this.rows.filter( ( other ) => other !== row );
	this.quiz.options = this.quiz.options.filter( ( option ) => option !== row.option );
	this.optionsLayout.removeItems( [ row.layout ] );
	this.onFormChange();
};

/** Copy the form into the quiz and the tag's body, and check it. */
ve.ui.TrainingsQuizDialog.prototype.onFormChange = function () {
	if ( this.filling || !this.quiz ) {
		return;
	}
	this.quiz.question.text = this.question.getValue().trim();
	this.quiz.explanation.text = this.explanation.getValue().trim();
	this.rows.forEach( ( row ) => {
		row.option.text = row.text.getValue().trim();
		row.option.right = row.right.isSelected();
		row.option.feedback.text = row.feedback.getValue().trim();
	} );
	this.input.setValue( quizSource.serialize( this.quiz ) );
	const problems = quizSource.problems( this.quiz );
	// Messages: trainings-ve-quiz-error-question, trainings-ve-quiz-error-count,
	// trainings-ve-quiz-error-empty, trainings-ve-quiz-error-right
	this.problemsLabel.setLabel( problems.map( ( key ) => ve.msg( key ) ).join( ' ' ) );
	this.problemsLabel.toggle( problems.length > 0 );
	this.updateActions();
};

ve.ui.TrainingsQuizDialog.prototype.isSaveable = function () {
	return !!this.quiz && quizSource.problems( this.quiz ).length === 0 &&
		ve.ui.TrainingsQuizDialog.super.prototype.isSaveable.call( this );
};

ve.ui.windowFactory.register( ve.ui.TrainingsQuizDialog );
