/**
 * Checking `<trainingquiz>` quizzes in the browser, from the server markup (design 0003 §4).
 * Free of `mw` and Vue, for the player, the offline player and the gadget.
 */
export { checkAnswers } from './checkAnswers';
export type { QuizOption, QuizOutcome, QuizResult } from './checkAnswers';
export { readServerQuiz, QUIZ_SELECTOR } from './serverQuiz';
export type { QuizType, ServerQuiz, ServerQuizOption } from './serverQuiz';
export { enhanceQuiz, enhanceQuizzes, QUIZ_CHECK_EVENT } from './enhanceQuiz';
export type { EnhancedQuiz, QuizCheckDetail, QuizLabels } from './enhanceQuiz';
