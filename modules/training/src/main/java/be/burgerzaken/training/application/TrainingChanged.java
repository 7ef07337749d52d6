package be.burgerzaken.training.application;

/** Fired by every change of training data; the gate forgets what it cached when the transaction ends. */
public record TrainingChanged(String what) {
}
