import { isDossierError } from '../src/errors/dossier-error.js';
import { TRAINERS } from './trainers.js';

/** `npm run train -- NAME [ARGS]`: rebuilds one shipped model (see trainers.ts for the names). */
function main(argv: string[]): number {
  const [name, ...rest] = argv;
  const trainer = name ? TRAINERS[name] : undefined;
  if (!trainer) {
    const lines = Object.entries(TRAINERS).map(([n, t]) => `  npm run train -- ${n.padEnd(8)} ${t.summary}`);
    console.error(`${name ? `unknown model "${name}"\n` : ''}Usage:\n${lines.join('\n')}`);
    return 2;
  }
  try {
    trainer.run(rest, (line) => console.log(line));
    return 0;
  } catch (error) {
    if (isDossierError(error)) {
      console.error(`train ${name}: ${error.message} [${error.code}]`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
