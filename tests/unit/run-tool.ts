// Runs one of the Node tools (src/cli/NAME.ts) as a trainer would, in a process of its own: Node with tsx
// loaded, as `npm run` does, without npx's lookup (almost a second a run).
import { spawnSync } from 'node:child_process';

export const runTool = (
  tool: string,
  args: readonly string[] = [],
  { timeout = 120_000, env = process.env }: { timeout?: number; env?: NodeJS.ProcessEnv } = {},
) =>
  spawnSync(process.execPath, ['--import', 'tsx', `src/cli/${tool}.ts`, ...args], { encoding: 'utf8', timeout, env });
