import {
  Bot,
  Boxes,
  Braces,
  CircleCheck,
  CircleX,
  Clock,
  Cloud,
  CloudCog,
  Columns3,
  FunctionSquare,
  Globe,
  HardDrive,
  Mail,
  MessageSquare,
  Radio,
  Repeat,
  SquareArrowRight,
  Split,
  Workflow,
  Zap,
  type LucideIcon,
} from 'lucide-react';

const ICONS: Record<string, LucideIcon> = {
  Task: Zap,
  Pass: SquareArrowRight,
  Wait: Clock,
  Choice: Split,
  Parallel: Columns3,
  Map: Repeat,
  Succeed: CircleCheck,
  Fail: CircleX,
  fc: FunctionSquare,
  http: Globe,
  fnf: Workflow,
  sms: MessageSquare,
  mns: Mail,
  eventbridge: Radio,
  oss: HardDrive,
  ai: Bot,
  openapi: CloudCog,
  pattern: Boxes,
  unknown: Braces,
  cloud: Cloud,
};

/** The icon of a state type or an action, keyed like the palette catalogue. */
export function iconKeyForAction(action: string | undefined): string {
  const service = (action ?? '').split(':')[0]?.toLowerCase() ?? '';
  if (service === 'fc') return 'fc';
  if (service === 'http') return 'http';
  if (service === 'fnf') return 'fnf';
  if (service === 'sms') return 'sms';
  if (service === 'mns') return 'mns';
  if (service === 'eventbridge') return 'eventbridge';
  if (service === 'oss') return 'oss';
  if (service === 'dashscope') return 'ai';
  return service ? 'openapi' : 'Task';
}

/** One lucide icon by key, decorative (the text beside it names the thing). */
export function TypeIcon({ name, size = 16 }: { name: string; size?: number }) {
  const Icon = ICONS[name] ?? Braces;
  return <Icon size={size} aria-hidden="true" focusable="false" />;
}
