/**
 * Learners' flags on a step: what they may say and how it reaches the wiki
 * (`action=trainingfeedback`, POST with a CSRF token, which anonymous readers have too).
 */
import { ApiRequestError, MwEnvironment } from '../shared/MwEnvironment';

export const FEEDBACK_KINDS = [ 'unclear', 'outdated', 'broken' ] as const;
export type FeedbackKind = typeof FEEDBACK_KINDS[ number ];

/** The longest comment, in characters (as the server's Feedback::MAX_COMMENT). */
export const MAX_COMMENT = 500;

/**
 * @param env The wiki
 * @return Whether the reader may add a comment: logged-in learners always, anonymous readers
 *  where `$wgTrainingsFeedbackAnonymousComments` allows it
 */
export function allowsComment( env: MwEnvironment ): boolean {
	return env.config<string | null>( 'wgUserName', null ) !== null ||
		env.config( 'wgTrainingsFeedbackAnonymousComments', false );
}

/**
 * Send a flag.
 *
 * @param env The wiki
 * @param module The page shown (`Training:X` or a language version `Training:X/fr`)
 * @param step The step flagged (1…)
 * @param kind What is wrong
 * @param comment Optional plain text
 * @return Resolves when stored; rejects with an {@link ApiRequestError}
 */
export function sendFeedback(
	env: MwEnvironment, module: string, step: number, kind: FeedbackKind, comment: string,
): Promise<void> {
	const trimmed = comment.trim();
	return env.apiPost( {
		action: 'trainingfeedback',
		module,
		step,
		kind,
		comment: trimmed || undefined,
	} ).then( () => undefined );
}

/**
 * @param error Why sending failed
 * @return Something to tell the learner
 */
export function describeError( error: unknown ): string {
	if ( error instanceof ApiRequestError ) {
		return error.message;
	}
	return String( error );
}
