declare module 'virtual:levels' {
  export const levels: import('./content/schema').Level[];
}
