// The reference's samples and the guide's example, shared with the unit and CLI tests.
import guide from '../../../fixtures/valid/guide-invoke-function.yaml?raw';
import hello from '../../../fixtures/valid/sample-01-hello-pass.yaml?raw';
import router from '../../../fixtures/valid/sample-02-order-router.yaml?raw';
import poll from '../../../fixtures/valid/sample-03-poll-job.yaml?raw';
import payment from '../../../fixtures/valid/sample-04-resilient-payment.yaml?raw';
import enrich from '../../../fixtures/valid/sample-05-profile-enrich.yaml?raw';
import thumbs from '../../../fixtures/valid/sample-06-thumbnail-batch.yaml?raw';
import webhook from '../../../fixtures/valid/sample-07-webhook-call.yaml?raw';
import approval from '../../../fixtures/valid/sample-08-manual-approval.yaml?raw';
import parent from '../../../fixtures/valid/sample-09-parent-flow.yaml?raw';
import globals from '../../../fixtures/valid/sample-10-globals-demo.yaml?raw';
import rows from '../../../fixtures/valid/sample-11-rows-distributed.yaml?raw';
import nightly from '../../../fixtures/valid/sample-12-nightly-report.yaml?raw';
import ecs from '../../../fixtures/valid/sample-13-count-ecs.yaml?raw';

/** A starting point offered by "From template". */
export interface WorkflowTemplate {
  id: string;
  title: string;
  description: string;
  text: string;
}

/** The gallery: together the templates use every state type (templates.test.ts checks it). */
export const TEMPLATES: readonly WorkflowTemplate[] = [
  {
    id: 'guide',
    title: 'Invoke a function',
    description: "The guide's example: a Pass state and an FC:InvokeFunction task.",
    text: guide,
  },
  {
    id: 'hello',
    title: 'Hello, Pass',
    description: 'A single Pass state formatting its input.',
    text: hello,
  },
  {
    id: 'router',
    title: 'Order router',
    description: 'Choice routing to Succeed and Fail.',
    text: router,
  },
  {
    id: 'poll',
    title: 'Polling loop',
    description: 'Task, Wait with Seconds.$ and a Choice loop back.',
    text: poll,
  },
  {
    id: 'payment',
    title: 'Resilient payment',
    description: 'Retry with backoff and ordered Catch rules.',
    text: payment,
  },
  {
    id: 'enrich',
    title: 'Profile enrichment',
    description: 'Parallel branches with an HTTP call and a Choice.',
    text: enrich,
  },
  {
    id: 'thumbs',
    title: 'Thumbnail batch',
    description: 'An inline Map with Retry inside the processor.',
    text: thumbs,
  },
  {
    id: 'webhook',
    title: 'Webhook call',
    description: 'HTTP:Request POST and a status check.',
    text: webhook,
  },
  {
    id: 'approval',
    title: 'Manual approval',
    description: 'WaitForCustomCallback with a TaskToken and a timeout.',
    text: approval,
  },
  {
    id: 'parent',
    title: 'Parent and child flows',
    description: 'FNF:StartExecution waiting for the child.',
    text: parent,
  },
  {
    id: 'globals',
    title: 'Global variables',
    description: 'Globals, uuid and jsonMerge.',
    text: globals,
  },
  {
    id: 'rows',
    title: 'Distributed Map',
    description: 'A distributed Map over an input array.',
    text: rows,
  },
  {
    id: 'nightly',
    title: 'Nightly report',
    description: 'Parallel, Map and Parallel nested, Wait in a branch.',
    text: nightly,
  },
  {
    id: 'ecs',
    title: 'OpenAPI integration',
    description: 'A generic OpenAPI task (count ECS instances).',
    text: ecs,
  },
];

/**
 * The text of a blank workflow: the header and an empty States list the palette fills. The name
 * is written as a double-quoted scalar so any name (quotes, colons, HTML) stays one string.
 */
export function blankWorkflowText(name: string): string {
  return `Type: StateMachine\nSpecVersion: v1\nName: ${JSON.stringify(name)}\nStates: []\n`;
}
