/**
 * Entry point of the offline player, inlined in every exported module or course
 * (resources/dist/offline/offline.js, built as one small self-running script): checkable
 * quizzes and one step at a time. Texts come from the JSON the exporter writes into the file.
 */
import '../../styles/offline.css';
import { enhanceQuizzes, QuizLabels } from '../quiz';
import { mountOfflinePlayer, OfflineLabels } from './offlinePlayer';

try {
	const labels = JSON.parse(
		( document.getElementById( 'trainings-offline-labels' ) as HTMLElement ).textContent as string,
	) as QuizLabels & OfflineLabels;
	enhanceQuizzes( document, labels );
	Array.prototype.forEach.call( document.querySelectorAll( '.trainings-module' ), ( root: HTMLElement ) => {
		mountOfflinePlayer( root, labels );
	} );
// eslint-disable-next-line @typescript-eslint/no-unused-vars
} catch ( error ) {
	// Without its texts, the file stays a readable document.
}
