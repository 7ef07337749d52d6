package be.burgerzaken.training.api;

import java.time.LocalDate;

/** A signed declaration to register: its type code and signature date. */
public record DeclarationInput(String typeCode, LocalDate signedOn) {
}
