import { runCli } from './commands';
import { terminalPrompt } from './prompt';

// `npm run qsdp -- <command>`: exit codes are for scheduled tasks (see EXIT in ./commands).
const prompt = terminalPrompt();
runCli(process.argv.slice(2), process.env, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  ask: prompt.ask,
})
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  )
  .finally(() => prompt.close());
