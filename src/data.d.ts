/// <reference types="vite-plugin-pwa/client" />
// The game's data, built into virtual modules by vite.config.ts.
declare module 'virtual:levels' {
  export const levels: import('./content/schema.ts').Level[];
}
declare module 'virtual:judgement-check' {
  export const judgementBank: import('./content/judgement-check.ts').JudgementBank;
}
declare module 'virtual:storm' {
  export const storm: import('./content/storm.ts').Storm;
}
declare module 'virtual:content-zh-CN' {
  export const content: {
    levels: import('./content/schema.ts').Level[];
    judgementBank: import('./content/judgement-check.ts').JudgementBank;
    storm: import('./content/storm.ts').Storm;
  };
}
