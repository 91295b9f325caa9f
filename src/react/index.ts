export { useConnectionState } from './connection';
export { useWrapUpForm, type UseWrapUpFormOptions, type WrapUpFormState, type WrapUpFormValues, type WrapUpMode, type WrapUpStatus } from './use-wrapup-form';
export { en, type WrapUpMessages } from './messages';
export { useCloseWrapupPayload, type CloseWrapupPayloadBuilder } from './payload';
export { useReasonPreferences, type ReasonPreferences } from './preferences';
export { WrapUpProvider, useWrapUpConfig, type WrapUpConfig, type WrapUpProviderProps } from './provider';
export { useWrapUpReasons, type ReasonsSource, type WrapUpReasons } from './reasons';
export { useWrapUpTimer, type UseWrapUpTimerOptions, type WrapUpTimer } from './timer';
export { WrapUpPanel, type WrapUpPanelProps } from './WrapUpPanel';
