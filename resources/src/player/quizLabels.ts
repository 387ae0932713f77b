/**
 * The quiz texts from interface messages (the player's, and the gadget's from the central
 * wiki).
 */
import { QuizLabels } from '../quiz';
import { MwEnvironment } from '../shared/MwEnvironment';

/**
 * @param environment The environment
 * @return The labels
 */
export function quizLabels( environment: Pick<MwEnvironment, 'message'> ): QuizLabels {
	return {
		check: environment.message( 'trainings-quiz-check' ),
		tryAgain: environment.message( 'trainings-quiz-try-again' ),
		right: environment.message( 'trainings-quiz-outcome-right' ),
		partial: environment.message( 'trainings-quiz-outcome-partial' ),
		wrong: environment.message( 'trainings-quiz-outcome-wrong' ),
		empty: environment.message( 'trainings-quiz-outcome-empty' ),
		verdictRight: environment.message( 'trainings-quiz-verdict-right' ),
		verdictWrong: environment.message( 'trainings-quiz-verdict-wrong' ),
	};
}
