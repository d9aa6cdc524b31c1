import { ApiError } from '../../src/http/errors.js';

/** The ApiError `run` throws; any other error is rethrown, and returning normally fails the test. */
export function apiErrorOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected an ApiError, but nothing was refused');
}
