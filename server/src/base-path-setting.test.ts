import { describe, expect, it } from 'vitest';
import { parseBasePath } from './base-path-setting';
import { ConfigError, loadConfig } from './config';

describe('BASE_PATH', () => {
  it('when it is / or a clean path, then routes are mounted under it as it is', () => {
    expect(parseBasePath('/')).toEqual({ value: '' });
    expect(parseBasePath('/ice')).toEqual({ value: '/ice' });
    expect(parseBasePath('/tools/ice-console_2.v1~x')).toEqual({ value: '/tools/ice-console_2.v1~x' });
  });

  it.each([
    ['ice', 'must start with /'],
    ['/ice/', 'must not end with /'],
    ['/ice/../admin', 'must not hold . or .. segments'],
    ['/./ice', 'must not hold . or .. segments'],
    ['//ice', 'empty segment'],
    ['/ice console', 'not URL-safe'],
    ['/ice%2f', 'not URL-safe'],
    ['/ice?x=1', 'not URL-safe'],
    ['/ice"><script>', 'not URL-safe'],
    ['https://example.com/ice', 'must start with /'],
  ])('when it is %j, then the problem names the value and says %j', (text, why) => {
    const parsed = parseBasePath(text);
    expect(parsed).toHaveProperty('problem');
    const problem = 'problem' in parsed ? parsed.problem : '';
    expect(problem).toContain(`"${text}"`);
    expect(problem).toContain(why);
    expect(problem).toContain('such as /ice');
  });
});

describe('BASE_PATH in the configuration', () => {
  it('when it is unset, empty or /, then the dashboard is at the root', () => {
    expect(loadConfig({}).basePath).toBe('');
    expect(loadConfig({ BASE_PATH: '' }).basePath).toBe('');
    expect(loadConfig({ BASE_PATH: '/' }).basePath).toBe('');
    expect(loadConfig({ BASE_PATH: '/ice' }).basePath).toBe('/ice');
  });

  it('when it is not a clean path, then start-up stops with the variable and the value named', () => {
    const error = (() => {
      try {
        loadConfig({ BASE_PATH: '/ice/' });
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringMatching(/^BASE_PATH: .*"\/ice\/" must not end with \//),
    ]);
  });
});
