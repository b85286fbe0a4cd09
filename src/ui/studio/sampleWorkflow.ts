/**
 * The sample the Studio opens with: the CloudFlow guide's example ("Option B: Use YAML"), printed
 * flattened in the guide, indented here. The `{regionId}`/`{accountId}` placeholders are kept on
 * purpose (the validator warns until they are replaced).
 */
export const SAMPLE_WORKFLOW = `Type: StateMachine
Name: my-wkfl
SpecVersion: v1
StartAt: InvokeFunction
States:
  - Type: Task
    Name: InvokeFunction
    Action: FC:InvokeFunction
    TaskMode: RequestComplete
    Parameters:
      invocationType: Sync
      resourceArn: >-
        acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST
    Retry:
      - Errors: []
        Description: 'Retry policy #1'
        MaxAttempts: 1
        IntervalSeconds: 1
    Next: Hello World
    Catch:
      - Errors:
          - FC.AccessDenied
        Description: 'Error capture rule #1'
        Next: Hello World
  - Type: Pass
    Name: Hello World
    End: true
`;
