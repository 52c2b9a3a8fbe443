/** Base class of every error pii-guard throws on purpose. `code` is stable; the message says what to do. */
export class PiiGuardError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The configuration file or object is missing, unreadable or invalid. */
export class ConfigError extends PiiGuardError {}

/** The command line was used wrongly. */
export class UsageError extends PiiGuardError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** A detector file does not follow the contract; raised when it is imported. */
export class DetectorDefinitionError extends PiiGuardError {
  constructor(id: string, problem: string) {
    super('DETECTOR_DEFINITION', `detector "${id}": ${problem}. See detectors/credit-card-number.ts for the expected shape.`);
  }
}

/** The report file given with --output cannot be written. */
export class OutputError extends PiiGuardError {
  constructor(path: string, cause: NodeJS.ErrnoException) {
    super(
      'OUTPUT_UNWRITABLE',
      `cannot write the report to ${path} (${cause.code ?? cause.message}). Check that its folder exists and is writable, or leave out --output to print to stdout.`,
      { cause },
    );
  }
}
