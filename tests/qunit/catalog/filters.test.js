'use strict';

const { apiParams, fullTextUrl, isFiltering, NO_FILTERS, readFilters, urlWithFilters } = require( 'ext.trainings.catalog' );

QUnit.module( 'ext.trainings.catalog: filters', QUnit.newMwEnvironment() );

QUnit.test( 'readFilters reads the values of the server form', ( assert ) => {
	const form = document.createElement( 'form' );
	form.innerHTML =
		'<input type="search" name="search" value=" talk  partners ">' +
		'<select name="topic"><option value="">All</option><option value="events" selected>Events</option></select>' +
		'<select name="level"><option value="" selected>All</option><option value="beginner">Beginner</option></select>' +
		'<select name="maxduration"><option value="">Any</option><option value="30" selected>30</option></select>' +
		'<select name="sort"><option value="title">Title</option><option value="duration" selected>Duration</option></select>' +
		'<input type="checkbox" name="drafts" value="1" checked>';
	assert.deepEqual( readFilters( form ), {
		search: ' talk  partners ',
		topic: 'events',
		level: '',
		format: '',
		language: '',
		maxduration: '30',
		sort: 'duration',
		drafts: true
	}, 'missing fields are empty' );
} );

QUnit.test( 'isFiltering: search and filters narrow the list, sort and drafts do not', ( assert ) => {
	assert.false( isFiltering( NO_FILTERS ), 'nothing set' );
	assert.false( isFiltering( Object.assign( {}, NO_FILTERS, { search: '   ', sort: 'level', drafts: true } ) ), 'blank search, sort, drafts' );
	assert.true( isFiltering( Object.assign( {}, NO_FILTERS, { search: 'x' } ) ), 'search' );
	assert.true( isFiltering( Object.assign( {}, NO_FILTERS, { language: 'fr' } ) ), 'language' );
	assert.true( isFiltering( Object.assign( {}, NO_FILTERS, { maxduration: '15' } ) ), 'duration' );
} );

QUnit.test( 'apiParams builds the list=trainings request', ( assert ) => {
	assert.deepEqual( apiParams( NO_FILTERS, 50, null ), {
		action: 'query', list: 'trainings', trkind: 'module', trlimit: 50
	}, 'no filters' );
	assert.deepEqual( apiParams( Object.assign( {}, NO_FILTERS, {
		search: ' talk ', topic: 'events', level: 'beginner', format: 'quiz', language: 'fr',
		maxduration: '30', sort: 'duration', drafts: true
	} ), 900, 'a|B' ), {
		action: 'query',
		list: 'trainings',
		trkind: 'module',
		trlimit: 500,
		trsearch: 'talk',
		trtopic: 'events',
		trlevel: 'beginner',
		trformat: 'quiz',
		trlanguage: 'fr',
		trmaxduration: '30',
		trsort: 'duration',
		trstatus: [ 'published', 'outdated', 'draft' ],
		trcontinue: 'a|B'
	}, 'every filter, limit capped at 500' );
} );

QUnit.test( 'fullTextUrl asks the server to search inside modules; the instant list drops it', ( assert ) => {
	const base = 'https://meta.example/w/index.php?title=Special:Trainings';
	assert.strictEqual(
		fullTextUrl( base + '&continue=%7CX', Object.assign( {}, NO_FILTERS, { search: 'plagiarism', level: 'beginner' } ) ),
		base + '&search=plagiarism&level=beginner&fulltext=1'
	);
	assert.strictEqual(
		urlWithFilters( base + '&search=plagiarism&fulltext=1', Object.assign( {}, NO_FILTERS, { search: 'plagiarism' } ) ),
		base + '&search=plagiarism',
		'what the instant filter shows is a search on titles and summaries'
	);
} );

QUnit.test( 'urlWithFilters keeps the URL shareable', ( assert ) => {
	const base = 'https://meta.example/w/index.php?title=Special:Trainings';
	assert.strictEqual(
		urlWithFilters( base, Object.assign( {}, NO_FILTERS, { search: ' talk partners ', level: 'beginner' } ) ),
		base + '&search=talk+partners&level=beginner',
		'adds the values, title stays readable'
	);
	assert.strictEqual(
		urlWithFilters( base + '&search=old&continue=%7CX&topic=events#top', Object.assign( {}, NO_FILTERS, { search: 'new', drafts: true } ) ),
		base + '&search=new&drafts=1#top',
		'replaces values, drops continue and empty filters, keeps the fragment'
	);
	assert.strictEqual(
		urlWithFilters( base + '&sort=level', Object.assign( {}, NO_FILTERS, { sort: 'title' } ) ),
		base,
		'the default sort is not written'
	);
	assert.strictEqual(
		urlWithFilters( 'https://meta.example/wiki/Special:Trainings?search=a', NO_FILTERS ),
		'https://meta.example/wiki/Special:Trainings',
		'no filters: no query string'
	);
	assert.strictEqual(
		urlWithFilters( 'https://meta.example/wiki/Special:Trainings', Object.assign( {}, NO_FILTERS, { search: 'é&x' } ) ),
		'https://meta.example/wiki/Special:Trainings?search=%C3%A9%26x',
		'encodes the search'
	);
} );
