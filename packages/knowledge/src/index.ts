export * from './dataset/index.ts';
export * from './search/index.ts';
export * from './eval/index.ts';
