package net.sellmeapen.training;

import java.util.Locale;
import net.sellmeapen.errors.WrongStateException;

/** The session is completed or abandoned, so it takes no more turns and cannot be completed again. */
public final class SessionFinishedException extends WrongStateException {

    public SessionFinishedException(Status status) {
        super("this session is already " + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + "; start a new one to practise again");
    }
}
