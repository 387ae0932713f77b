/**
 * The module's metadata (`{{#training:}}`, design record 0003 §2) in a form: each field with its
 * allowed values, its rule checked as the author types, and a help line. Applying changes only
 * the parameters the author changed; the others keep their wikitext (and Translate's markers).
 */
'use strict';

const translatable = require( './translatable.js' );
// The catalog's topics in the user's language (TopicsModuleData.php, design record 0020).
const topicList = require( './topics.json' );

const FIELDS = [ 'title', 'summary', 'level', 'duration', 'topics', 'maintainers', 'reviewed', 'status', 'image' ];

ve.ui.TrainingsMetadataDialog = function VeUiTrainingsMetadataDialog( cfg ) {
	ve.ui.TrainingsMetadataDialog.super.call( this, cfg );
	this.widgets = {};
	this.shown = {};
};
OO.inheritClass( ve.ui.TrainingsMetadataDialog, ve.ui.NodeDialog );

ve.ui.TrainingsMetadataDialog.static.name = 'trainingsMetadata';
ve.ui.TrainingsMetadataDialog.static.title = OO.ui.deferMsg( 'trainings-ve-metadata-title' );
ve.ui.TrainingsMetadataDialog.static.size = 'large';
ve.ui.TrainingsMetadataDialog.static.modelClasses = [ ve.dm.MWTransclusionNode ];
ve.ui.TrainingsMetadataDialog.static.actions = [
	{
		action: 'done', label: OO.ui.deferMsg( 'trainings-ve-metadata-apply' ),
		flags: [ 'primary', 'progressive' ], modes: [ 'edit' ]
	},
	{
		label: OO.ui.deferMsg( 'visualeditor-dialog-action-cancel' ),
		flags: [ 'safe', 'close' ], modes: [ 'edit', 'insert' ]
	}
];

/**
 * @param {string[]} values
 * @param {string} prefix Message key prefix of the labels
 * @return {OO.ui.DropdownInputWidget}
 */
function dropdown( values, prefix ) {
	const options = [ { data: '', label: '' } ];
	values.forEach( ( value ) => {
		// Messages: trainings-meta-level-beginner, trainings-meta-level-intermediate,
		// trainings-meta-level-advanced, trainings-meta-status-draft,
		// trainings-meta-status-published, trainings-meta-status-outdated
		const label = mw.msg( prefix + value );
		options.push( { data: value, label: label } );
	} );
	return new OO.ui.DropdownInputWidget( { options: options } );
}

ve.ui.TrainingsMetadataDialog.prototype.initialize = function () {
	ve.ui.TrainingsMetadataDialog.super.prototype.initialize.call( this );
	const w = this.widgets;
	w.title = new OO.ui.TextInputWidget( { maxLength: 200 } );
	w.summary = new OO.ui.MultilineTextInputWidget( { rows: 3, maxLength: 500 } );
	w.level = dropdown( [ 'beginner', 'intermediate', 'advanced' ], 'trainings-meta-level-' );
	w.duration = new OO.ui.NumberInputWidget( {
		min: 1, max: 600, step: 1, isInteger: true, showButtons: false
	} );
	const topics = topicList.map( ( topic ) => ( { data: topic.key, label: topic.label } ) );
	w.topics = new OO.ui.CheckboxMultiselectInputWidget( { options: topics } );
	w.maintainers = new OO.ui.TextInputWidget();
	w.reviewed = new OO.ui.TextInputWidget( {
		placeholder: 'YYYY-MM-DD', validate: /^(\d{4}-\d{2}-\d{2})?$/
	} );
	w.status = dropdown( [ 'draft', 'published', 'outdated' ], 'trainings-meta-status-' );
	w.image = new OO.ui.TextInputWidget();
	this.problemsLabel = new OO.ui.LabelWidget( { classes: [ 'trainings-ve-metadata-problems' ] } );
	this.problemsLabel.$element.attr( 'role', 'alert' );

	const panel = new OO.ui.PanelLayout( { padded: true, expanded: false } );
	FIELDS.forEach( ( key ) => {
		// Classes: trainings-ve-metadata-title, trainings-ve-metadata-summary, … (FIELDS)
		w[ key ].$element.addClass( 'trainings-ve-metadata-' + key );
		w[ key ].connect( this, { change: 'onFormChange' } );
		// Messages: trainings-ve-metadata-title-label, trainings-ve-metadata-summary-label, …
		const label = mw.msg( 'trainings-ve-metadata-' + key + '-label' );
		// Messages: trainings-ve-metadata-title-help, trainings-ve-metadata-summary-help, …
		const help = mw.msg( 'trainings-ve-metadata-' + key + '-help' );
		panel.$element.append( new OO.ui.FieldLayout( w[ key ], {
			label: label, align: 'top', help: help, helpInline: true
		} ).$element );
	} );
	panel.$element.append( this.problemsLabel.$element );
	this.$body.append( panel.$element );
};

/** @return {Object} The selected `{{#training:}}` node's template part */
ve.ui.TrainingsMetadataDialog.prototype.template = function () {
	return this.selectedNode.getAttribute( 'mw' ).parts[ 0 ].template;
};

ve.ui.TrainingsMetadataDialog.prototype.getSetupProcess = function ( data ) {
	return ve.ui.TrainingsMetadataDialog.super.prototype.getSetupProcess.call( this, data ).next( () => {
		const params = this.template().params || {};
		this.filling = true;
		FIELDS.forEach( ( key ) => {
			const wikitext = params[ key ] ? params[ key ].wt.trim() : '';
			const value = translatable.read( wikitext ).text;
			this.shown[ key ] = value;
			if ( key === 'topics' ) {
				this.widgets.topics.setValue( value.split( ',' )
					.map( ( topic ) => topic.trim() ).filter( Boolean ) );
			} else {
				this.widgets[ key ].setValue( value );
			}
		} );
		this.filling = false;
		this.onFormChange();
	} );
};

/** @return {Object<string,string>} The form's values, as wikitext values */
ve.ui.TrainingsMetadataDialog.prototype.values = function () {
	const values = {};
	FIELDS.forEach( ( key ) => {
		values[ key ] = key === 'topics' ?
			this.widgets.topics.getValue().join( ', ' ) : String( this.widgets[ key ].getValue() ).trim();
	} );
	// Unchanged topics keep their order and spelling.
	const old = this.shown.topics.split( ',' ).map( ( t ) => t.trim() ).filter( Boolean ).sort().join( ',' );
	if ( old === this.widgets.topics.getValue().slice().sort().join( ',' ) ) {
		values.topics = this.shown.topics;
	}
	return values;
};

/** @return {string[]} Keys of the messages for the rules the form breaks */
ve.ui.TrainingsMetadataDialog.prototype.problems = function () {
	const v = this.values();
	const found = [];
	if ( v.summary === '' ) {
		found.push( 'trainings-ve-metadata-error-summary' );
	}
	if ( v.duration !== '' && !( /^\d+$/.test( v.duration ) && +v.duration >= 1 && +v.duration <= 600 ) ) {
		found.push( 'trainings-ve-metadata-error-duration' );
	}
	const date = /^\d{4}-\d{2}-\d{2}$/.test( v.reviewed ) && !isNaN( Date.parse( v.reviewed ) );
	if ( v.reviewed !== '' && !date ) {
		found.push( 'trainings-ve-metadata-error-reviewed' );
	}
	if ( this.widgets.topics.getValue().length > 8 ) {
		found.push( 'trainings-ve-metadata-error-topics' );
	}
	if ( v.maintainers.split( ',' ).filter( ( name ) => name.trim() ).length > 10 ) {
		found.push( 'trainings-ve-metadata-error-maintainers' );
	}
	return found;
};

ve.ui.TrainingsMetadataDialog.prototype.onFormChange = function () {
	if ( this.filling ) {
		return;
	}
	const problems = this.problems();
	// Messages: trainings-ve-metadata-error-summary, trainings-ve-metadata-error-duration,
	// trainings-ve-metadata-error-reviewed, trainings-ve-metadata-error-topics,
	// trainings-ve-metadata-error-maintainers
	this.problemsLabel.setLabel( problems.map( ( key ) => mw.msg( key ) ).join( ' ' ) );
	this.problemsLabel.toggle( problems.length > 0 );
	const values = this.values();
	const changed = FIELDS.some( ( key ) => values[ key ] !== this.shown[ key ] );
	this.actions.setAbilities( { done: changed && problems.length === 0 } );
};

ve.ui.TrainingsMetadataDialog.prototype.getActionProcess = function ( action ) {
	if ( action !== 'done' ) {
		return ve.ui.TrainingsMetadataDialog.super.prototype.getActionProcess.call( this, action );
	}
	return new OO.ui.Process( () => {
		const mwData = ve.copy( this.selectedNode.getAttribute( 'mw' ) );
		const template = mwData.parts[ 0 ].template;
		template.params = template.params || {};
		const values = this.values();
		FIELDS.forEach( ( key ) => {
			if ( values[ key ] === this.shown[ key ] ) {
				return;
			}
			if ( values[ key ] === '' ) {
				delete template.params[ key ];
			} else {
				const old = template.params[ key ] ? template.params[ key ].wt.trim() : '';
				template.params[ key ] = { wt: translatable.write( old, values[ key ] ) };
			}
		} );
		const surfaceModel = this.getFragment().getSurface();
		surfaceModel.change( ve.dm.TransactionBuilder.static.newFromAttributeChanges(
			surfaceModel.getDocument(), this.selectedNode.getOuterRange().start, { mw: mwData } ) );
		this.close( { action: action } );
	} );
};

ve.ui.windowFactory.register( ve.ui.TrainingsMetadataDialog );

/** The context item of the metadata box: "Module facts", editing in the form above. */
ve.ui.TrainingsMetadataContextItem = function VeUiTrainingsMetadataContextItem() {
	ve.ui.TrainingsMetadataContextItem.super.apply( this, arguments );
	this.$element.addClass( 'trainings-ve-metadata-contextItem' );
};
OO.inheritClass( ve.ui.TrainingsMetadataContextItem, ve.ui.MWTransclusionContextItem );
ve.ui.TrainingsMetadataContextItem.static.name = 'trainingsMetadata';
ve.ui.TrainingsMetadataContextItem.static.icon = 'info';
ve.ui.TrainingsMetadataContextItem.static.label = OO.ui.deferMsg( 'trainings-ve-metadata-title' );
ve.ui.TrainingsMetadataContextItem.static.commandName = 'trainingsMetadata';
ve.ui.TrainingsMetadataContextItem.static.isCompatibleWith = function ( model ) {
	const mwData = model instanceof ve.dm.MWTransclusionNode && model.getAttribute( 'mw' );
	const parts = mwData && mwData.parts;
	return !!parts && parts.length === 1 && !!parts[ 0 ].template &&
		parts[ 0 ].template.target.function === 'training';
};
ve.ui.TrainingsMetadataContextItem.prototype.getDescription = function () {
	return '';
};
ve.ui.contextItemFactory.register( ve.ui.TrainingsMetadataContextItem );

ve.ui.commandRegistry.register( new ve.ui.Command( 'trainingsMetadata', 'window', 'open',
	{ args: [ 'trainingsMetadata' ], supportedSelections: [ 'linear' ] } ) );
