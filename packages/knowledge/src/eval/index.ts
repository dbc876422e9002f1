export { readQuestions, parseQuestions, type EvalQuestion } from './questions.ts';
export { evaluate, type EvalReport, type EvalScores } from './evaluate.ts';
export { formatReport } from './report.ts';
