import { describe, expect, it } from 'vitest';
import { cliCommand, nodeSnippet, shellWord } from './as-code';
import { iceCallOf } from './tools-view';

const list = iceCallOf({
  kind: 'libraries',
  request: { region: 'cn-shanghai', algorithm: 'landmark', pageNumber: 1, pageSize: 10 },
  totalCount: 180,
});

describe('the view as code', () => {
  it('when the list is shown, then the CLI command is the RPC form with the region option', () => {
    expect(cliCommand(list)).toBe(
      'aliyun ice ListRecognitionLibs --region cn-shanghai --Algorithm landmark --PageNumber 1 --PageSize 10',
    );
  });

  it('when LibIds narrow the list, then they go as one comma-separated LibId', () => {
    const call = iceCallOf({
      kind: 'libraries',
      request: {
        region: 'cn-beijing',
        algorithm: 'object',
        pageNumber: 2,
        pageSize: 50,
        libId: ['a1', 'b2'],
      },
      totalCount: 2,
    });
    expect(cliCommand(call)).toBe(
      'aliyun ice ListRecognitionLibs --region cn-beijing --Algorithm object --PageNumber 2 --PageSize 50 --LibId a1,b2',
    );
  });

  it('when samples are found by a name with quotes and spaces, then EntityId is ANY and the name is shell-quoted', () => {
    const call = iceCallOf({
      kind: 'samples',
      request: {
        region: 'cn-shanghai',
        algorithm: 'landmark',
        libId: 'L1',
        pageNumber: 1,
        pageSize: 10,
        entityName: `it's "x"; rm -rf /`,
      },
    });
    expect(cliCommand(call)).toBe(
      `aliyun ice ListRecognitionSamples --region cn-shanghai --Algorithm landmark --LibId L1 --EntityId ANY --EntityName 'it'\\''s "x"; rm -rf /' --PageNumber 1 --PageSize 10`,
    );
    expect(nodeSnippet(call)).toContain(`EntityName: "it's \\"x\\"; rm -rf /",`);
  });

  it('when a word is plain, then it is left as it is; an empty one is quoted', () => {
    expect(shellWord('cn-shanghai')).toBe('cn-shanghai');
    expect(shellWord('')).toBe(`''`);
    expect(shellWord('$(whoami)')).toBe(`'$(whoami)'`);
  });

  it('when the Node snippet is made, then it names the regional endpoint and action, and reads keys from the environment only', () => {
    const entities = iceCallOf({
      kind: 'entities',
      request: { region: 'cn-hangzhou', algorithm: 'logo', libId: 'L9', pageNumber: 3, pageSize: 20 },
      totalCount: 60,
    });
    const code = nodeSnippet(entities);
    expect(code).toContain(`endpoint: 'ice.cn-hangzhou.aliyuncs.com',`);
    expect(code).toContain(`action: 'ListRecognitionEntities',`);
    expect(code).toContain(`version: '2020-11-09',`);
    expect(code).toContain('  Algorithm: "logo",\n  LibId: "L9",\n  PageNumber: "3",\n  PageSize: "20",');
    expect(code).toContain('accessKeyId: process.env.ALIBABA_CLOUD_ACCESS_KEY_ID,');
    expect(code).not.toMatch(/LTAI|Secret['"]?:\s*['"]/);
  });
});
