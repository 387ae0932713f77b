'use strict';

module.exports = function ( grunt ) {
	const conf = grunt.file.readJSON( 'extension.json' );

	grunt.loadNpmTasks( 'grunt-banana-checker' );
	grunt.loadNpmTasks( 'grunt-eslint' );
	grunt.loadNpmTasks( 'grunt-stylelint' );

	grunt.initConfig( {
		eslint: {
			options: {
				cache: true,
				cacheLocation: '.cache/eslint/',
				extensions: [ '.js', '.mjs', '.cjs', '.ts', '.mts', '.vue', '.json' ]
			},
			all: [
				'**/*.{js,mjs,cjs,ts,mts,vue,json}',
				'!node_modules/**',
				'!vendor/**',
				'!.wiki/**',
				'!.cache/**',
				'!resources/dist/**',
				'!test-results/**',
				'!package.json',
				'!package-lock.json'
			]
		},
		stylelint: {
			options: {
				cache: true,
				cacheLocation: '.cache/stylelint/'
			},
			all: [
				'**/*.{css,less,vue}',
				'!node_modules/**',
				'!vendor/**',
				'!.wiki/**',
				'!.cache/**',
				'!resources/dist/**',
				'!test-results/**'
			]
		},
		banana: conf.MessagesDirs
	} );

	grunt.registerTask( 'test', [ 'eslint', 'stylelint', 'banana' ] );
	grunt.registerTask( 'default', 'test' );
};
