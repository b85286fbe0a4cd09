/**
 * Test fixtures for commands: documents full of comments, blank lines, long plain scalars past
 * 80 columns, flow collections and odd spacing before `#`, so that "byte-identical outside the
 * edit" is tested where `parseDocument().toString()` would fail.
 */

/** Top level chain with a Choice loop, Retry/Catch, constructors, flow maps, comments. */
export const ORDER_FLOW = `# Order processing workflow
# (hand-written: comments must survive every edit)
Type: StateMachine
Name: order-flow
SpecVersion: v1
StartAt: Validate   # first step
States:
  # --- validation ---
  - Type: Pass
    Name: Validate
    Description: This description is deliberately a very long plain scalar that runs well past eighty columns wide
    InputConstructor:
      orderId.$: $Input.orderId
      FieldC.$:    $Input.c      # odd spacing before the comment
      meta: {source: web,  retries: 3}
    Next: Charge

  - Type: Task
    Name: Charge
    Action: FC:InvokeFunction
    TaskMode: RequestComplete
    Parameters:
      invocationType: Sync
      resourceArn: acs:fc:cn-hangzhou:123456789012:functions/charge/LATEST
      body:
        key2.$: $.myStateInput.key
    Retry:
      - Description: transient
        Errors: [FnF.ALL]
        MaxAttempts: 3
        IntervalSeconds: 2   # seconds
        BackoffRate: 2
    Catch:
      - Errors: [FC.AccessDenied]
        Next: Refund
      - Errors:
          - FnF.Timeout
        Next: Failed
    Next: Check   # go check

  - Type: Choice
    Name: Check
    Branches:
      - Condition: $Input.status == "paid"
        Next: Done
      - Condition: $Input.status == "pending"   # poll again
        Next: Hold
    Default: Failed

  - Type: Wait
    Name: Hold
    Seconds: 5
    Next: Check

  - Type: Pass
    Name: Refund
    # refund keeps the original input
    End: true

  - Type: Succeed
    Name: Done

  - Type: Fail
    Name: Failed
    Code: PaymentFailed
    Detail: "payment: failed"
# trailing comment at the end of the file
`;

/** Nested scopes: Parallel with two branches, a Map processor, 4-space indentation. */
export const NESTED_FLOW = `Type: StateMachine
SpecVersion: v1
Name: nested
StartAt: Fanout
States:
    - Type: Parallel
      Name: Fanout
      Branches:
          # first branch
          - StartAt: A
            States:
                - Type: Pass
                  Name: A
                  Next: B   # to B
                - Type: Pass
                  Name: B
                  End: true
          - StartAt: C
            States:
                - Type: Pass
                  Name: C
                  End: true
      Next: EachItem
    - Type: Map
      Name: EachItem
      ItemsPath: $Input.items
      Processor:
          StartAt: Resize
          States:
              - Type: Task
                Name: Resize
                Action: FC:InvokeFunction
                Parameters: {resourceArn: "acs:fc:{regionId}:{accountId}:functions/resize/LATEST"}
                End: true
      End: true
`;

/**
 * For moves within and across scopes, 2-space indentation: a top-level chain whose Task has a
 * Catch to `Recover`, a Parallel whose second branch holds a `Recover` of its own, a Map with two
 * processor states, comments on state lines. It repeats the Fanout/EachItem shape of NESTED_FLOW
 * on purpose: moves re-indent text, and this is the nested fixture at 2-space indentation.
 */
export const MOVE_FLOW = `# move fixture
Type: StateMachine
Name: move
SpecVersion: v1
StartAt: Prepare   # entry
States:
  - Type: Pass
    Name: Prepare
    Next: Work
  - Type: Task
    Name: Work     # does the work
    Action: FC:InvokeFunction
    Catch:
      - Errors: [FnF.ALL]
        Next: Recover
    Next: Fanout
  - Type: Parallel
    Name: Fanout
    Branches:
      # first branch
      - StartAt: A
        States:
          - Type: Pass
            Name: A
            Next: B   # to B
          - Type: Pass
            Name: B
            End: true
      - StartAt: C
        States:
          - Type: Pass
            Name: C
            Next: Recover
          - Type: Pass
            Name: Recover
            End: true
    Next: EachItem
  - Type: Map
    Name: EachItem
    ItemsPath: $Input.items
    Processor:
      StartAt: Resize
      States:
        - Type: Task
          Name: Resize
          Action: FC:InvokeFunction
          Next: Store
        - Type: Pass
          Name: Store   # keep
          End: true
    Next: Done
  - Type: Succeed
    Name: Done
  - Type: Pass
    Name: Recover
    End: true
# end of file
`;

/** `- ` at the parent key's column, `Name` first, no trailing newline. */
export const FLAT_SEQ_FLOW = `Name: flat
Type: StateMachine
SpecVersion: v1
StartAt: One
States:
- Name: One
  Type: Pass
  Next: Two
- Name: Two
  Type: Pass
  End: true`;

/** The seed's example, properly indented. */
export const SEED_FLOW = `Type: StateMachine
Name: MyWorkFlow
SpecVersion: v1
StartAt: InvokeFunction
States:
  - Name: InvokeFunction
    Type: Task
    Action: FC:InvokeFunction
    TaskMode: RequestComplete
    Parameters:
      invocationType: Sync
      resourceArn: acs:fc:{regionId}:{accountId}:functions/myFunction/LATEST
    Retry:
      - Errors: []
        Description: retry
        MaxAttempts: 3
        IntervalSeconds: 10
    Catch:
      - Errors:
          - FC.AccessDenied
        Next: Hello World
    Next: Hello World
  - Name: Hello World
    Type: Pass
    End: true
`;

/** A Parallel whose first branch holds a Map (with its processor), then a top-level state. */
export const TREE_FLOW = `Type: StateMachine
SpecVersion: v1
StartAt: P
States:
  - Type: Parallel
    Name: P
    Next: Z
    Branches:
      - StartAt: M
        States:
          - Type: Map
            Name: M
            Next: A
            ItemsPath: $Input.items
            Processor:
              StartAt: Item
              States:
                - Type: Pass
                  Name: Item
                  End: true
          - Type: Pass
            Name: A
            End: true
      - StartAt: B
        States:
          - Type: Succeed
            Name: B
  - Type: Succeed
    Name: Z
`;

export const ALL_FIXTURES = { ORDER_FLOW, NESTED_FLOW, MOVE_FLOW, FLAT_SEQ_FLOW, SEED_FLOW };
