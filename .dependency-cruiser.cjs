// The layers of DESIGN.md, checked on every import (`npm run lint`). Data flows one way:
//   content → core → state → views (scenes, the HTML layer in html, audio, view helpers, the editor)
// with the interface's words (i18n) beside content: any layer but content and core may read them.
// The data loader in data-files reads the data files from disk for the build, the tests, the Node tools in cli
// and the room server in room, which stand beside the views; the phone page (phone) stands apart and light;
// main.ts wires the game.
// Nothing points back up. Each rule names what it keeps apart; a break prints both files.
const VIEWS = '^src/(scenes|html|audio|view|editor|lms)/';
const npm = (...names) => `(^|/)node_modules/(${names.join('|')})/`;

module.exports = {
  forbidden: [
    {
      name: 'content-stands-alone',
      comment: 'src/content reads level files; it knows nothing of the engine, the store, the views or the tools.',
      severity: 'error',
      from: { path: '^src/content/' },
      to: { path: '^src/', pathNot: '^src/content/' },
    },
    {
      name: 'i18n-stands-alone',
      comment:
        'src/i18n holds the interface words and i18next: every layer above content may read it, it reads nothing of theirs.',
      severity: 'error',
      from: { path: '^src/i18n/' },
      to: { path: '^src/', pathNot: '^src/i18n/' },
    },
    {
      name: 'core-reads-only-the-schema',
      comment:
        "src/core is the pure engine: it imports itself, the level schema, the storm's, its vocabulary and pure-rand, nothing else.",
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^src/content/(schema|storm|terms)\\.ts$', npm('pure-rand')] },
    },
    {
      name: 'data-loader-reads-content',
      comment:
        'src/data-files reads the data files from disk with the content loaders, for the build, the tests, the tools and the room server: nothing else of the game.',
      severity: 'error',
      from: { path: '^src/data-files/' },
      to: { path: '^src/', pathNot: '^src/(content|data-files)/' },
    },
    {
      name: 'state-below-the-views',
      comment: 'src/state holds the store and saves; views read it, never the other way round.',
      severity: 'error',
      from: { path: '^src/state/' },
      to: { path: ['^src/(scenes|html|audio|view|editor|lms|cli|room)/', '^src/main\\.ts$', npm('phaser', 'howler')] },
    },
    {
      name: 'view-helpers-below-the-views',
      comment: 'src/view is what the canvas and the HTML share: it must not reach into either.',
      severity: 'error',
      from: { path: '^src/view/' },
      to: { path: ['^src/(scenes|html|audio|editor|cli|room)/', npm('phaser', 'howler')] },
    },
    {
      name: 'views-apart',
      comment: 'Scenes, the HTML layer, audio and the editor each read the store; they do not call each other.',
      severity: 'error',
      from: { path: '^src/(scenes|html|audio|lms)/' },
      to: { path: '^src/(scenes|html|audio|editor|lms)/', pathNot: '^src/$1/' },
    },
    {
      name: 'editor-apart',
      comment:
        'The editor, an HTML view itself, builds its elements with the safe builders of the HTML layer, nothing else of it.',
      severity: 'error',
      from: { path: '^src/editor/' },
      to: { path: '^src/(scenes|html|audio)/', pathNot: '^src/html/(h|markdown)\\.ts$' },
    },
    {
      name: 'tools-beside-the-views',
      comment: 'The Node tools reuse content, core and state (and the pure sound synthesis), never a browser view.',
      severity: 'error',
      from: { path: '^src/cli/' },
      to: { path: ['^src/(scenes|html|view|editor)/', '^src/audio/(?!synth\\.ts$)', '^src/main\\.ts$'] },
    },
    {
      name: 'views-do-not-run-tools',
      comment: 'The game in the browser never imports a Node tool, the data loader or the room server.',
      severity: 'error',
      from: { path: [VIEWS, '^src/(state|core|content|phone)/'] },
      to: { path: '^src/(cli|data-files|room)/' },
    },
    {
      name: 'room-server-beside-the-views',
      comment:
        'The room server runs the same core in Node, with the words the views share (src/view): no Phaser, no DOM.',
      severity: 'error',
      from: { path: '^src/room/' },
      to: { path: ['^src/(scenes|html|audio|editor|phone)/', '^src/main\\.ts$', npm('phaser', 'howler')] },
    },
    {
      name: 'phone-page-light',
      comment:
        'The phone page loads on a phone over venue Wi-Fi: the safe element builder, the room protocol (its types and sizes; its size is tested) and Socket.IO, nothing of the game.',
      severity: 'error',
      from: { path: '^src/phone/' },
      to: {
        pathNot: [
          '^src/phone/',
          '^src/html/h\\.ts$',
          '^src/state/room-(protocol|limits)\\.ts$',
          '^src/i18n/languages\\.ts$',
          '^src/i18n/en/phone\\.json$',
          npm('socket\\.io-client'),
        ],
      },
    },
    {
      name: 'game-validates-with-zod-mini',
      comment:
        "The game validates what it stores and receives with zod/mini, which bundles only what it uses: the classic zod (all of it, with its English messages) is the level schema's, loaded with the editor and the tools.",
      severity: 'error',
      from: { path: [VIEWS, '^src/(state|core|i18n)/', '^src/main\\.ts$'] },
      to: { path: npm('zod'), pathNot: '(^|/)node_modules/zod/(v4/)?mini/' },
    },
    {
      name: 'nothing-imports-main',
      comment: 'main.ts is the top: it wires the parts and nothing imports it.',
      severity: 'error',
      from: {},
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that points at nothing.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    // TypeScript 7 has no compiler API, so the files are read with swc; type-only imports count too.
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
    exclude: { path: '\\.css$|\\?url$' },
  },
};
