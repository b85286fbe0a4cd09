import { describe, expect, it } from 'vitest';
import { buildFcArn, buildFlowArn, fillPlaceholders, findPlaceholders, parseFcArn } from './arn';

describe('FC ARNs', () => {
  it('given only a function and version, when built, then the guide ARN with placeholders results', () => {
    expect(buildFcArn({ functionName: 'myfunction', qualifier: 'LATEST' })).toBe(
      'acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST',
    );
  });

  it('given region and account, when built, then they replace the placeholders', () => {
    expect(
      buildFcArn({
        functionName: 'GPU-demo',
        qualifier: 'v1',
        region: 'cn-beijing',
        account: '1034354682',
      }),
    ).toBe('acs:fc:cn-beijing:1034354682:functions/GPU-demo/v1');
  });

  it('given a built ARN, when parsed, then the parts round-trip', () => {
    const parts = { functionName: 'fn_1', qualifier: 'prod', region: 'cn-hangzhou', account: '12' };
    expect(parseFcArn(buildFcArn(parts))).toEqual({
      functionName: 'fn_1',
      qualifier: 'prod',
      region: 'cn-hangzhou',
      account: '12',
    });
  });

  it('given the guide ARN with placeholders, when parsed, then the placeholders are the region and account', () => {
    expect(parseFcArn('acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST')).toMatchObject({
      region: '{regionId}',
      account: '{accountId}',
      functionName: 'myfunction',
      qualifier: 'LATEST',
    });
  });

  it('given an FC 2.0 ARN, when parsed, then the service and function are read', () => {
    expect(parseFcArn('acs:fc:cn-shanghai:99:services/svc.LATEST/functions/resize')).toEqual({
      region: 'cn-shanghai',
      account: '99',
      service: 'svc',
      qualifier: 'LATEST',
      functionName: 'resize',
    });
  });

  it('given text that is not an FC ARN, when parsed, then undefined', () => {
    expect(parseFcArn('$Input.arn')).toBeUndefined();
    expect(parseFcArn('acs:fnf:cn:1:flow/x')).toBeUndefined();
  });

  it('given a 3.0 ARN without qualifier, when parsed, then LATEST', () => {
    expect(parseFcArn('acs:fc:r:a:functions/f')?.qualifier).toBe('LATEST');
  });
});

describe('placeholders', () => {
  it('given the guide ARN, when scanned, then both placeholders are found once', () => {
    expect(findPlaceholders('acs:fc:{regionId}:{accountId}:functions/{regionId}/x')).toEqual([
      '{regionId}',
      '{accountId}',
    ]);
  });

  it('given a region only, when filled, then the account placeholder stays', () => {
    expect(
      fillPlaceholders('acs:fc:{regionId}:{accountId}:functions/f/1', { regionId: 'cn-hangzhou' }),
    ).toBe('acs:fc:cn-hangzhou:{accountId}:functions/f/1');
  });

  it('given a flow name, when built, then an FNF flow ARN results', () => {
    expect(buildFlowArn('child', { regionId: 'cn-hangzhou', accountId: '1' })).toBe(
      'acs:fnf:cn-hangzhou:1:flow/child',
    );
  });
});
